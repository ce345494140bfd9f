import "server-only";
import { clientAddress } from "@/lib/api/client-address";
import { enforceRateLimits } from "@/lib/api/enforce-rate-limit";
import { getRateLimitCounter } from "@/lib/api/rate-limit-instance";
import type { Config } from "@/lib/config";

/**
 * Share creations per client per minute: half the diagnose limit, rounded up (one share
 * per diagnosis is already generous; each share holds up to 64 KB for up to 30 days).
 * 0 turns limiting off, as for diagnoses.
 */
function shareLimitPerMinute(diagnosesPerMinute: number): number {
  return Math.ceil(diagnosesPerMinute / 2);
}

type LimitConfig = Pick<Config, "WHY401_RATE_LIMIT_PER_MINUTE" | "WHY401_TRUST_PROXY">;

/** One per-client bucket for a share operation. */
async function limitClient(
  request: Request,
  config: LimitConfig,
  now: number,
  bucket: { prefix: string; perMinute: number; message: string },
): Promise<void> {
  const key = `${bucket.prefix}:${clientAddress(request.headers, config)}`;
  await enforceRateLimits(
    getRateLimitCounter(),
    [{ key, perMinute: bucket.perMinute, message: bucket.message }],
    now,
  );
}

export function limitShareCreation(request: Request, config: LimitConfig, now: number) {
  return limitClient(request, config, now, {
    prefix: "share",
    perMinute: shareLimitPerMinute(config.WHY401_RATE_LIMIT_PER_MINUTE),
    message: "Too many share links created; try again in a minute.",
  });
}

/** Share reads per client per minute: three times the diagnose limit (links get opened by teams). */
function shareReadLimitPerMinute(diagnosesPerMinute: number): number {
  return diagnosesPerMinute * 3;
}

/** Reads are bounded per client too, so a client cannot pull the store's bytes in a loop. */
export function limitShareRead(request: Request, config: LimitConfig, now: number) {
  return limitClient(request, config, now, {
    prefix: "share-read",
    perMinute: shareReadLimitPerMinute(config.WHY401_RATE_LIMIT_PER_MINUTE),
    message: "Too many share links opened from this client; try again in a minute.",
  });
}
