/**
 * Splits an Authorization-style value into its scheme and the part that would be the
 * pasted key. Pure. The result holds key material: callers fingerprint and inspect it,
 * then drop it.
 */

interface SchemeSplit {
  /** "Bearer", "Basic", "token", another scheme word as sent, or "none". */
  scheme: string;
  /** The credential as the pasted key would be: after exactly one space past the scheme. */
  credential: string;
  basicPart?: "user" | "password";
  /** For Basic with both halves: the whole `user:password`, which may be what was pasted (Twilio). */
  basicPair?: string;
}

const NORMALIZED: Record<string, string> = { bearer: "Bearer", basic: "Basic", token: "token" };

/** Other schemes seen in the wild, kept as sent; anything else counts as no scheme. */
const OTHER_SCHEMES: ReadonlySet<string> = new Set([
  "digest",
  "key",
  "apikey",
  "api-key",
  "sso-key",
  "oauth",
  "ssws",
  "negotiate",
  "ntlm",
  "hmac",
  "dsn",
  "geniekey",
  "splunk",
  "aws4-hmac-sha256",
]);

export function splitAuthorization(value: string): SchemeSplit {
  // The scheme alone ("Bearer", "Bearer ") means an empty credential, e.g. an unset variable.
  const bare = /^([A-Za-z]+)\s*$/.exec(value);
  const bareScheme = bare?.[1] ? NORMALIZED[bare[1].toLowerCase()] : undefined;
  if (bareScheme) return { scheme: bareScheme, credential: "" };

  const match = /^([A-Za-z][A-Za-z0-9._~+/-]*) ([\s\S]*)$/.exec(value);
  const word = match?.[1];
  const rest = match?.[2] ?? "";
  if (!word) return { scheme: "none", credential: value };
  const lower = word.toLowerCase();
  if (lower === "basic") return splitBasic(rest);
  const known = NORMALIZED[lower];
  if (known) return { scheme: known, credential: rest };
  if (OTHER_SCHEMES.has(lower)) return { scheme: word.slice(0, 40), credential: rest };
  return { scheme: "none", credential: value };
}

/** Basic carries base64(user:password); the key is the password, or the user when there is none. */
function splitBasic(token: string): SchemeSplit {
  const decoded = decodeBase64(token.trim());
  if (decoded === undefined) return { scheme: "Basic", credential: token };
  const colon = decoded.indexOf(":");
  if (colon < 0) return { scheme: "Basic", credential: decoded, basicPart: "user" };
  const password = decoded.slice(colon + 1);
  if (password) {
    return { scheme: "Basic", credential: password, basicPart: "password", basicPair: decoded };
  }
  return { scheme: "Basic", credential: decoded.slice(0, colon), basicPart: "user" };
}

function decodeBase64(token: string): string | undefined {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(token)) return undefined;
  try {
    const binary = atob(token.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
