import "server-only";
import { clientAddress } from "@/lib/api/client-address";
import type { Config } from "@/lib/config";
import { normalizeHost } from "@/lib/providers";

/** Per target host, a multiple of the per-client limit: many users may debug one API. */
const HOST_MULTIPLIER = 5;

/**
 * The limits one diagnose request counts against: its client, and (with an endpoint) the
 * target host, so the route is neither a bulk oracle for stolen keys nor a way to flood an API.
 */
export function diagnoseRateLimits(headers: Headers, endpoint: string | undefined, config: Config) {
  const perClient = config.WHY401_RATE_LIMIT_PER_MINUTE;
  const limits = [
    {
      key: `diagnose:client:${clientAddress(headers, config)}`,
      perMinute: perClient,
      message: "Too many diagnoses from this client; wait a minute and try again.",
    },
  ];
  if (endpoint !== undefined) {
    let host: string | undefined;
    try {
      host = normalizeHost(new URL(endpoint).hostname);
    } catch {
      host = undefined;
    }
    if (host) {
      limits.push({
        key: `diagnose:host:${host}`,
        perMinute: perClient * HOST_MULTIPLIER,
        message: "Too many diagnoses against this host right now; wait a minute and try again.",
      });
    }
  }
  return limits;
}
