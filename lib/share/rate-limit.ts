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
export function shareLimitPerMinute(diagnosesPerMinute: number): number {
  return Math.ceil(diagnosesPerMinute / 2);
}

export async function limitShareCreation(
  request: Request,
  config: Pick<Config, "WHY401_RATE_LIMIT_PER_MINUTE" | "WHY401_TRUST_PROXY">,
  now: number,
): Promise<void> {
  await enforceRateLimits(
    getRateLimitCounter(),
    [
      {
        key: `share:${clientAddress(request.headers, config)}`,
        perMinute: shareLimitPerMinute(config.WHY401_RATE_LIMIT_PER_MINUTE),
        message: "Too many share links created; try again in a minute.",
      },
    ],
    now,
  );
}

/** Share reads per client per minute: three times the diagnose limit (links get opened by teams). */
export function shareReadLimitPerMinute(diagnosesPerMinute: number): number {
  return diagnosesPerMinute * 3;
}

/** Reads are bounded per client too, so a client cannot pull the store's bytes in a loop. */
export async function limitShareRead(
  request: Request,
  config: Pick<Config, "WHY401_RATE_LIMIT_PER_MINUTE" | "WHY401_TRUST_PROXY">,
  now: number,
): Promise<void> {
  await enforceRateLimits(
    getRateLimitCounter(),
    [
      {
        key: `share-read:${clientAddress(request.headers, config)}`,
        perMinute: shareReadLimitPerMinute(config.WHY401_RATE_LIMIT_PER_MINUTE),
        message: "Too many share links opened from this client; try again in a minute.",
      },
    ],
    now,
  );
}
