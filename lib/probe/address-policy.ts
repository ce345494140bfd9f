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

function parseAddress(text: string): Address | undefined {
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

/** The 32 bits at byte offset `at` of an IPv6 address, as IPv4. */
function v4At(bytes: number[], at: number): ipaddr.IPv4 {
  return new ipaddr.IPv4(bytes.slice(at, at + 4));
}

/** RFC 6052: where the IPv4 bytes sit for each NAT64 prefix length (bits 64–71 are skipped). */
const RFC6052_BYTES: Record<number, number[]> = {
  32: [4, 5, 6, 7],
  40: [5, 6, 7, 9],
  48: [6, 7, 9, 10],
  56: [7, 9, 10, 11],
  64: [9, 10, 11, 12],
  96: [12, 13, 14, 15],
};

function rfc6052(bytes: number[], prefixLength: number): ipaddr.IPv4 {
  const at = RFC6052_BYTES[prefixLength] ?? [12, 13, 14, 15];
  return new ipaddr.IPv4(at.map((i) => bytes[i] ?? 0));
}

const WELL_KNOWN_NAT64 = ipaddr.IPv6.parse("64:ff9b::");
const LOCAL_NAT64 = ipaddr.IPv6.parse("64:ff9b:1::");
const SIX_TO_FOUR = ipaddr.IPv6.parse("2002::");
const TEREDO = ipaddr.IPv6.parse("2001::");
const MAPPED = ipaddr.IPv6.parse("::ffff:0:0");
const TRANSLATED = ipaddr.IPv6.parse("::ffff:0:0:0");

/**
 * Every IPv4 address an IPv6 address may carry and reach through a translator or tunnel:
 * IPv4-mapped and -translated, IPv4-compatible, NAT64 (the well-known /96 and the local-use
 * /48 at each prefix length it may be deployed with), 6to4 and Teredo (server and client).
 * The metadata check judges each one, so `64:ff9b::a9fe:a9fe` is 169.254.169.254.
 */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4[] {
  const bytes = address.toByteArray();
  const found: ipaddr.IPv4[] = [];
  if (
    address.match(MAPPED, 96) ||
    address.match(TRANSLATED, 96) ||
    address.match(COMPATIBLE_V6, 96)
  ) {
    found.push(v4At(bytes, 12));
  }
  if (address.match(WELL_KNOWN_NAT64, 96)) found.push(v4At(bytes, 12));
  if (address.match(LOCAL_NAT64, 48)) {
    for (const length of [48, 56, 64, 96]) found.push(rfc6052(bytes, length));
  }
  if (address.match(SIX_TO_FOUR, 16)) found.push(v4At(bytes, 2));
  if (address.match(TEREDO, 32)) {
    found.push(v4At(bytes, 4));
    found.push(new ipaddr.IPv4(bytes.slice(12, 16).map((b) => b ^ 0xff)));
  }
  return found;
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
  if (address.range() === "linkLocal" || METADATA_V6.has(address.toString())) return true;
  return embeddedIPv4(address as ipaddr.IPv6).some(isMetadata);
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
