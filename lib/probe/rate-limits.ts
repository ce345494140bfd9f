import "server-only";
import { clientAddress } from "@/lib/api/client-address";
import type { Config } from "@/lib/config";
import { normalizeHost } from "@/lib/providers";

/** Per target host, a multiple of the per-client limit: many users may debug one API. */
const HOST_MULTIPLIER = 5;

interface DiagnoseLimit {
  key: string;
  perMinute: number;
  message: string;
}

/**
 * The limit every diagnose request counts against, refused or not: its client's, so the
 * route is not a bulk oracle for stolen keys.
 */
export function diagnoseClientLimits(headers: Headers, config: Config): DiagnoseLimit[] {
  return [
    {
      key: `diagnose:client:${clientAddress(headers, config)}`,
      perMinute: config.WHY401_RATE_LIMIT_PER_MINUTE,
      message: "Too many diagnoses from this client; wait a minute and try again.",
    },
  ];
}

/**
 * The target host's limit, so the route is not a way to flood an API. Counted only once
 * the target guard accepted the URL, keyed by the normalised host name it will connect
 * to: refused spellings (`http://x@api.victim/`) cannot use up a real host's budget.
 */
export function diagnoseHostLimit(hostname: string, config: Config): DiagnoseLimit {
  return {
    key: `diagnose:host:${normalizeHost(hostname)}`,
    perMinute: config.WHY401_RATE_LIMIT_PER_MINUTE * HOST_MULTIPLIER,
    message: "Too many diagnoses against this host right now; wait a minute and try again.",
  };
}
