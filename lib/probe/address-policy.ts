import "server-only";
import ipaddr from "ipaddr.js";

/**
 * Which IP addresses a probe may connect to. Only ordinary public unicast addresses pass,
 * unless private targets are allowed (self-hosting on an intranet, the project's tests).
 * Cloud metadata and link-local addresses stay refused even then: no API a user debugs
 * lives there, and they hand out credentials.
 */

const METADATA_V4 = new Set(["100.100.100.200", "192.0.0.192", "168.63.129.16"]);
const METADATA_V6 = new Set(["fd00:ec2::254"]);
const COMPATIBLE_V6 = ipaddr.IPv6.parse("::");

type Address = ipaddr.IPv4 | ipaddr.IPv6;

export function parseAddress(text: string): Address | undefined {
  const bare = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  // Only the canonical forms a resolver or the WHATWG URL parser produce; `ipaddr.parse`
  // would also accept legacy shorthands (`127.1`) that never reach us already parsed.
  if (!ipaddr.IPv4.isValidFourPartDecimal(bare) && !ipaddr.IPv6.isValid(bare)) return undefined;
  try {
    return ipaddr.parse(bare);
  } catch {
    return undefined;
  }
}

export function isIpLiteral(host: string): boolean {
  return parseAddress(host) !== undefined;
}

/** IPv4-mapped IPv6 reaches the embedded IPv4 address on a dual-stack host: judge that one. */
function unwrap(address: Address): Address {
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (address as ipaddr.IPv6).toIPv4Address();
  }
  return address;
}

function isMetadata(address: Address): boolean {
  if (address.kind() === "ipv4") {
    return address.range() === "linkLocal" || METADATA_V4.has(address.toString());
  }
  return address.range() === "linkLocal" || METADATA_V6.has(address.toString());
}

function isPublic(address: Address): boolean {
  if (address.kind() === "ipv4") return address.range() === "unicast";
  // ::/96 (IPv4-compatible, deprecated) reports as unicast but may reach the embedded v4.
  if ((address as ipaddr.IPv6).match(COMPATIBLE_V6, 96)) return false;
  // NAT64 (64:ff9b::/96), 6to4 (2002::/16), Teredo and the other embeddings are not
  // "unicast" in ipaddr.js, so they are refused whole: no public API needs them.
  return address.range() === "unicast";
}

/** True when a connection to this address is allowed under the current policy. */
export function isAddressAllowed(text: string, allowPrivate: boolean): boolean {
  const parsed = parseAddress(text);
  if (!parsed) return false;
  const address = unwrap(parsed);
  if (isMetadata(address)) return false;
  return allowPrivate || isPublic(address);
}
