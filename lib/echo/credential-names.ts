/**
 * Which names carry a credential. Pure: runs on the server when a request is captured
 * and in tests.
 */

/** Headers that carry a credential by definition, whatever their value looks like. */
export const KNOWN_CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  "authorization",
  "proxy-authorization",
  "x-api-key",
  "api-key",
  "apikey",
  "x-goog-api-key",
  "private-token",
  "job-token",
  "dd-api-key",
  "dd-application-key",
  "x-auth-token",
  "x-access-token",
  "ocp-apim-subscription-key",
  "x-functions-key",
]);

/** Headers whose name or value looks like a credential but is not one. */
const NOT_CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  "idempotency-key",
  "x-idempotency-key",
  "sec-websocket-key",
  "cookie",
  "host",
  "user-agent",
  "referer",
  "origin",
  "etag",
  "traceparent",
  "tracestate",
  "baggage",
  "via",
]);

const NOT_CREDENTIAL_HEADER_PATTERN =
  /^(accept|content|sec|x-forwarded|x-stainless|if|cache|access-control)-|(^|-)(request|trace|span|correlation|b3)(-|$)/;

/** Whole words that mark a credential name (`api_key`, `apiKey`, `x-auth-token`, `password`). */
const CREDENTIAL_WORDS: ReadonlySet<string> = new Set([
  "key",
  "apikey",
  "token",
  "secret",
  "auth",
  "authorization",
  "password",
  "passwd",
  "pwd",
  "credential",
  "credentials",
  "bearer",
  "jwt",
  // A signed URL's signature (Azure SAS `sig=`, `X-Amz-Signature`) opens the resource alone.
  "sig",
  "signature",
]);

/** Run-together words that end like a credential name (`accesstoken`, `clientsecret`). */
const CREDENTIAL_SUFFIX = /(apikey|accesskey|secretkey|privatekey|authkey|token|secret|password)$/;

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Does the name say it holds a credential? `author`, `max_tokens` and `monkey` do not. */
export function nameLooksLikeCredential(name: string): boolean {
  return words(name).some((w) => CREDENTIAL_WORDS.has(w) || CREDENTIAL_SUFFIX.test(w));
}

type HeaderKind = "known" | "excluded" | "other";

export function classifyHeaderName(lowerName: string): HeaderKind {
  if (KNOWN_CREDENTIAL_HEADERS.has(lowerName)) return "known";
  if (NOT_CREDENTIAL_HEADERS.has(lowerName) || NOT_CREDENTIAL_HEADER_PATTERN.test(lowerName))
    return "excluded";
  return "other";
}

/** Authorization-style headers carry `<scheme> <credentials>`; others carry the bare key. */
export function headerHasScheme(lowerName: string): boolean {
  return lowerName === "authorization" || lowerName === "proxy-authorization";
}
