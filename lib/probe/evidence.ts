import "server-only";
import type { ProbeResponse, RedirectFacts } from "@/lib/diagnosis/evidence";
import type { Challenge } from "@/lib/providers";
import { detectLayer, parseChallenges } from "@/lib/providers";
import type { Redactor } from "./redact";
import {
  headerValues,
  keepHeaders,
  knownEncoding,
  type RawHeaders,
  sanitizeLocation,
} from "./response-headers";

/** What the sender read off the wire; key material may be anywhere in it until redacted here. */
interface RawResponse {
  status: number;
  headers: RawHeaders;
  body: Uint8Array;
  /** More bytes were on the way than were read. */
  truncated: boolean;
  timeMs: number;
}

const EXCERPT_CHARS = 2048;
const MAX_JSON_CHARS = 16 * 1024;
const MAX_JSON_DEPTH = 32;

/** Auth schemes we keep verbatim; any other "scheme" an upstream sends goes through redaction. */
const KNOWN_SCHEMES = new Set([
  "basic",
  "bearer",
  "digest",
  "negotiate",
  "ntlm",
  "key",
  "token",
  "apikey",
  "api-key",
  "dpop",
  "hoba",
  "mutual",
  "oauth",
  "aws4-hmac-sha256",
  "scram-sha-1",
  "scram-sha-256",
  "vapid",
]);

function redactChallenges(challenges: Challenge[], redactor: Redactor): Challenge[] {
  return challenges.map((c) => {
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(c.params))
      params[redactor.text(name)] = redactor.text(value);
    const out: Challenge = {
      scheme: KNOWN_SCHEMES.has(c.scheme.toLowerCase()) ? c.scheme : redactor.text(c.scheme),
      params,
    };
    if (c.token68 !== undefined) out.token68 = redactor.text(c.token68);
    if (c.bearerError !== undefined) out.bearerError = c.bearerError;
    return out;
  });
}

function decodeBody(raw: RawResponse, headers: RawHeaders): string {
  const encoding = headerValues(headers, "content-encoding").join(",").trim().toLowerCase();
  // We ask for identity; a server that compresses anyway gets described, not inflated
  // (a gzip bomb stays 64 KB of bytes we never expand).
  if (encoding !== "" && encoding !== "identity") {
    // The value is upstream text: only a known coding's name is repeated.
    const named = knownEncoding(encoding);
    const what = named ? `${named.slice(0, 40)}-encoded` : "body in an unknown encoding,";
    return named
      ? `[${raw.body.byteLength} bytes of ${what} body, not decoded]`
      : `[${raw.body.byteLength} bytes of ${what} not decoded]`;
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(raw.body);
  if (text.includes("\u0000")) return `[${raw.body.byteLength} bytes of binary body, not shown]`;
  return text;
}

function limitDepth(value: unknown, depth: number): unknown {
  if (depth > MAX_JSON_DEPTH) return "[too deep]";
  if (Array.isArray(value)) return value.map((v) => limitDepth(v, depth + 1));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = Object.create(null);
    for (const [k, v] of Object.entries(value)) out[k] = limitDepth(v, depth + 1);
    return out;
  }
  return value;
}

function parseJsonBody(text: string, truncated: boolean, redactor: Redactor): unknown {
  if (truncated || text.length > MAX_JSON_CHARS) return undefined;
  const trimmed = text.trimStart();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return undefined;
  try {
    // Parse the raw text, then redact every string: a `\u0073k-…` escape would slip past
    // redaction of the text but not of the parsed value.
    const value = redactor.value(limitDepth(JSON.parse(text), 0));
    // Each string is redacted alone; a key split across strings (`["sk-pr","oj-ab",…]`)
    // only shows once they are read together: then the parsed form is not kept.
    const serialized = JSON.stringify(value);
    return redactor.text(serialized) === serialized ? value : undefined;
  } catch {
    return undefined;
  }
}

function redirectFacts(
  location: string,
  requestUrl: URL,
  redactor: Redactor,
): RedirectFacts | undefined {
  let target: URL;
  try {
    target = new URL(location, requestUrl);
  } catch {
    return undefined;
  }
  return {
    location: sanitizeLocation(location, requestUrl, redactor),
    sameOrigin: target.origin === requestUrl.origin,
    httpsUpgrade:
      requestUrl.protocol === "http:" &&
      target.protocol === "https:" &&
      target.hostname === requestUrl.hostname,
    cloudflareAccess:
      target.hostname.endsWith(".cloudflareaccess.com") ||
      target.pathname.includes("/cdn-cgi/access/login"),
  };
}

function serverDate(headers: RawHeaders): number | undefined {
  const value = headerValues(headers, "date")[0];
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Turns a raw answer into evidence. Nothing unredacted survives this function. */
export function toProbeResponse(
  raw: RawResponse,
  requestUrl: URL,
  redactor: Redactor,
): ProbeResponse {
  const headers = keepHeaders(raw.headers, requestUrl, redactor);
  const decoded = decodeBody(raw, raw.headers);
  const bodyText = redactor.text(decoded);
  const bodyExcerpt = bodyText.slice(0, EXCERPT_CHARS);
  const location = headerValues(raw.headers, "location")[0];
  const response: ProbeResponse = {
    kind: "response",
    status: raw.status,
    headers,
    challenges: redactChallenges(
      parseChallenges(headerValues(raw.headers, "www-authenticate")),
      redactor,
    ),
    proxyChallenges: redactChallenges(
      parseChallenges(headerValues(raw.headers, "proxy-authenticate")),
      redactor,
    ),
    bodyExcerpt,
    bodyTruncated: raw.truncated || bodyText.length > EXCERPT_CHARS,
    timeMs: Math.round(raw.timeMs),
    layer: detectLayer({ status: raw.status, headers, body: bodyExcerpt }),
  };
  const json = parseJsonBody(decoded, raw.truncated, redactor);
  if (json !== undefined) response.bodyJson = json;
  if (headers["content-type"]) response.contentType = headers["content-type"];
  const date = serverDate(raw.headers);
  if (date !== undefined) response.serverDate = date;
  if (location !== undefined && raw.status >= 300 && raw.status < 400) {
    const facts = redirectFacts(location, requestUrl, redactor);
    if (facts) response.redirect = facts;
  }
  return response;
}
