import ipaddr from "ipaddr.js";
import type { Config } from "../config";

/**
 * The rate-limit identity of a request's client.
 *
 * A Next.js route handler never sees the socket. `next start` copies the socket address
 * into `x-forwarded-for` only when the client did not send one, so the header is
 * client-controlled and worthless unless a reverse proxy we trust overwrites or appends
 * to it. Hence:
 * - WHY401_TRUST_PROXY=1: the right-most entry, the one our proxy appended (one trusted hop);
 * - otherwise: forwarded headers are ignored and every client shares one "direct" bucket.
 *   That is strict (all direct clients share the limit), but it cannot be bypassed by
 *   inventing addresses; deploy behind a proxy and trust it to get per-client limits.
 */
export const DIRECT_CLIENT = "direct";

function normalize(entry: string): string | undefined {
  let value = entry.trim();
  if (value.startsWith("["))
    value = value.slice(1, value.indexOf("]") === -1 ? undefined : value.indexOf("]"));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (!ipaddr.isValid(value)) return undefined;
  const parsed = ipaddr.process(value); // ::ffff:1.2.3.4 and 1.2.3.4 are one client
  return parsed.toString();
}

export function clientAddress(
  headers: Headers,
  config: Pick<Config, "WHY401_TRUST_PROXY">,
): string {
  if (!config.WHY401_TRUST_PROXY) return DIRECT_CLIENT;
  const forwarded = headers.get("x-forwarded-for");
  if (!forwarded) return DIRECT_CLIENT;
  const entries = forwarded.split(",");
  const last = entries[entries.length - 1];
  return (last && normalize(last)) ?? DIRECT_CLIENT;
}
