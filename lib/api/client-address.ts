import ipaddr from "ipaddr.js";
import type { Config } from "../config";

/**
 * The rate-limit identity of a request's client.
 *
 * A route handler never sees the socket, and `x-forwarded-for` is client-controlled
 * (`next start` fills it only when the client sent none). So:
 * - WHY401_TRUST_PROXY=1: the right-most `x-forwarded-for` entry, the one our reverse
 *   proxy appended (one trusted hop);
 * - otherwise: the socket address that `npm start`'s server (scripts/start.mjs) stamped
 *   on the request under a per-process secret, which a client cannot forge;
 * - without either (e.g. plain `next start`), every client shares one "direct" bucket:
 *   strict, but it cannot be bypassed by inventing addresses.
 */
export const DIRECT_CLIENT = "direct";
/** Set by scripts/start.mjs on every request; not something a client's app sent. */
export const STAMP_HEADER = "x-why401-client";

function normalize(entry: string): string | undefined {
  let value = entry.trim();
  if (value.startsWith("["))
    value = value.slice(1, value.indexOf("]") === -1 ? undefined : value.indexOf("]"));
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  if (!ipaddr.isValid(value)) return undefined;
  const parsed = ipaddr.process(value); // ::ffff:1.2.3.4 and 1.2.3.4 are one client
  if (parsed.kind() === "ipv6") {
    // One IPv6 client usually holds a whole /64: count the prefix, or limits never bind.
    return `${parsed.toNormalizedString().split(":").slice(0, 4).join(":")}::/64`;
  }
  return parsed.toString();
}

/** Compares in time independent of where the strings differ: the stamp is a secret. */
function sameSecret(given: string, secret: string): boolean {
  if (given.length !== secret.length) return false;
  let diff = 0;
  for (let i = 0; i < secret.length; i++) diff |= given.charCodeAt(i) ^ secret.charCodeAt(i);
  return diff === 0;
}

function stampedAddress(headers: Headers, secret: string | undefined): string | undefined {
  const stamp = headers.get(STAMP_HEADER);
  if (!secret || !stamp) return undefined;
  const [given = "", address] = stamp.split(" ");
  return sameSecret(given, secret) && address ? normalize(address) : undefined;
}

export function clientAddress(
  headers: Headers,
  config: Pick<Config, "WHY401_TRUST_PROXY">,
  stampSecret: string | undefined = process.env.WHY401_CLIENT_STAMP_SECRET,
): string {
  if (config.WHY401_TRUST_PROXY) {
    const entries = (headers.get("x-forwarded-for") ?? "").split(",");
    const last = entries[entries.length - 1];
    return (
      (last ? normalize(last) : undefined) ?? stampedAddress(headers, stampSecret) ?? DIRECT_CLIENT
    );
  }
  return stampedAddress(headers, stampSecret) ?? DIRECT_CLIENT;
}
