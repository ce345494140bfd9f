import { ApiError } from "./errors";
import type { RateLimitCounter } from "./rate-limit";

const MINUTE = 60_000;

/** Counts one hit per key and throws a 429 (with Retry-After) when any limit is exceeded. A limit of 0 is off. */
export async function enforceRateLimits(
  counter: RateLimitCounter,
  limits: { key: string; perMinute: number; message: string }[],
  now: number,
): Promise<void> {
  for (const limit of limits) {
    if (limit.perMinute <= 0) continue;
    const decision = await counter.hit(limit.key, limit.perMinute, MINUTE, now).catch(() => {
      // The counters live in the store; if it is down, say so rather than fail with a 500.
      throw new ApiError(
        "service_unavailable",
        "why401 cannot reach its storage right now. Try again in a minute.",
        { retryAfterSeconds: 30 },
      );
    });
    if (!decision.allowed) {
      throw new ApiError("rate_limited", limit.message, {
        retryAfterSeconds: decision.retryAfterSeconds,
      });
    }
  }
}
