import "server-only";
import { clientAddress } from "@/lib/api/client-address";
import { enforceRateLimits } from "@/lib/api/enforce-rate-limit";
import { getRateLimitCounter } from "@/lib/api/rate-limit-instance";
import type { Config } from "@/lib/config";
import { echoRateLimits } from "./limits";

type LimitConfig = Pick<Config, "WHY401_RATE_LIMIT_PER_MINUTE" | "WHY401_TRUST_PROXY">;

/**
 * Counts one echo request against its limit; throws a 429 ApiError (with Retry-After)
 * when over. "create" and "capture" count per client; "list" counts per capture URL,
 * since the wizard polls it every 2 seconds.
 */
export async function limitEcho(
  scope: "create" | "capture" | "list",
  request: Request,
  config: LimitConfig,
  now: number,
  sessionId = "",
): Promise<void> {
  const limits = echoRateLimits(config.WHY401_RATE_LIMIT_PER_MINUTE);
  if (!limits) return;
  const key =
    scope === "list"
      ? `echo-list:${sessionId}`
      : `echo-${scope}:${clientAddress(request.headers, config)}`;
  const message =
    scope === "create"
      ? "Too many capture URLs created; try again in a minute."
      : "Too many requests to the echo check; try again in a minute.";
  await enforceRateLimits(getRateLimitCounter(), [{ key, perMinute: limits[scope], message }], now);
}
