import "server-only";
import { REDACTED, type Redactor } from "./redact";

/**
 * Response headers kept as evidence. Everything else is dropped unread: cookies, tokens
 * and whatever an upstream reflects back are not ours to keep.
 */
const EXACT = new Set([
  "www-authenticate",
  "proxy-authenticate",
  "server",
  // PHP behind CGI/FastCGI drops Authorization: credentials_not_received weighs it.
  "x-powered-by",
  "via",
  "date",
  "location",
  "content-type",
  "content-encoding",
  "retry-after",
  "x-request-id",
  "request-id",
  "x-amzn-requestid",
  "x-amzn-request-id",
  "x-amzn-errortype",
  "x-amz-apigw-id",
  "apigw-requestid",
  "x-amz-cf-id",
  "apim-request-id",
  "x-ms-request-id",
  "cf-ray",
  "cf-mitigated",
  "x-github-request-id",
  "x-github-sso",
  // Which permissions or scopes a GitHub endpoint wants (the not_authorized rule names them).
  "x-accepted-github-permissions",
  "x-oauth-scopes",
  "x-accepted-oauth-scopes",
  "x-slack-req-id",
  "x-correlation-id",
  "x-cache",
  "x-served-by",
  "ratelimit",
  "ratelimit-policy",
]);
const PREFIXES = [
  "x-ratelimit-",
  "x-rate-limit-",
  "ratelimit-",
  "anthropic-ratelimit-",
  "x-kong-",
  "x-envoy-",
  "cf-",
  "ocp-apim-",
];
const MAX_VALUE = 1024;

/** Content codings a server may name; any other Content-Encoding value is shown as opaque. */
const KNOWN_ENCODINGS = new Set([
  "identity",
  "gzip",
  "x-gzip",
  "deflate",
  "br",
  "zstd",
  "compress",
  "x-compress",
  "aes128gcm",
  "exi",
  "pack200-gzip",
  "dcb",
  "dcz",
]);
const OPAQUE_VALUE = "[not a known value]";

/** The Content-Encoding value when every coding in it is a known one, else undefined. */
export function knownEncoding(value: string): string | undefined {
  const codings = value
    .toLowerCase()
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  return codings.length > 0 && codings.every((c) => KNOWN_ENCODINGS.has(c))
    ? codings.join(", ")
    : undefined;
}

export function isKeptHeader(name: string): boolean {
  return EXACT.has(name) || name === "set-cookie" || PREFIXES.some((p) => name.startsWith(p));
}

/** Cookie names only ("CF_Authorization=" tells of Cloudflare Access); values are sessions. */
function cookieNames(values: string[]): string {
  return values.map((v) => `${(v.split("=")[0] ?? "").trim().slice(0, 64)}=`).join(", ");
}

export type RawHeaders = Record<string, string | string[] | undefined>;

export function headerValues(headers: RawHeaders, name: string): string[] {
  const value = headers[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Location resolved against the request, with user-info, fragment and query values
 * removed (a login redirect often carries tokens in its query), then redacted.
 */
export function sanitizeLocation(location: string, base: URL, redactor: Redactor): string {
  let url: URL;
  try {
    url = new URL(location, base);
  } catch {
    return REDACTED;
  }
  url.username = "";
  url.password = "";
  url.hash = "";
  const names = [...new Set(url.searchParams.keys())];
  url.search =
    names.length > 0 ? `?${names.map((n) => `${encodeURIComponent(n)}=`).join("&")}` : "";
  return redactor.text(url.toString());
}

export function keepHeaders(
  headers: RawHeaders,
  requestUrl: URL,
  redactor: Redactor,
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [rawName, rawValue] of Object.entries(headers)) {
    const name = rawName.toLowerCase();
    if (rawValue === undefined || !isKeptHeader(name)) continue;
    // A kept prefix (`x-kong-`, `cf-`…) lets an upstream choose the rest of the name, so a
    // name is evidence only when the redactor leaves it alone: `x-kong-<key>` is dropped.
    if (redactor.text(name) !== name) continue;
    const values = Array.isArray(rawValue) ? rawValue : [rawValue];
    const joined = values.join(", ");
    const value =
      name === "location"
        ? sanitizeLocation(joined, requestUrl, redactor)
        : name === "set-cookie"
          ? redactor.text(cookieNames(values).slice(0, MAX_VALUE))
          : name === "content-encoding"
            ? (knownEncoding(joined) ?? OPAQUE_VALUE)
            : redactor.text(joined.slice(0, MAX_VALUE));
    kept[name] = value;
  }
  return kept;
}
