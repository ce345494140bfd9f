import "server-only";
import { clientAddress } from "@/lib/api/client-address";
import { enforceRateLimits } from "@/lib/api/enforce-rate-limit";
import { getRateLimitCounter } from "@/lib/api/rate-limit-instance";
import type { Config } from "@/lib/config";

/**
 * Share creations per client per minute: half the diagnose limit, rounded up (one share
 * per diagnosis is already generous; each share holds up to 256 KB for up to 30 days).
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
