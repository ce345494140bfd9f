import { decodeBase64Url } from "./base64url";
import { cleanKey } from "./clean";
import type { JwtInfo } from "./inspection";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes a JWS compact token (header.claims.signature) without verifying it: the point
 * is to read `exp`/`nbf`/`aud`, not to trust them. Accepts a raw paste ("Bearer eyJ…").
 */
export function decodeJwt(raw: string): JwtInfo | undefined {
  return decodeJwtToken(cleanKey(raw));
}

/** Same as decodeJwt for a string that is already cleaned. */
export function decodeJwtToken(token: string): JwtInfo | undefined {
  const firstDot = token.indexOf(".");
  if (firstDot <= 0) return undefined;
  const secondDot = token.indexOf(".", firstDot + 1);
  if (secondDot < 0 || secondDot === firstDot + 1) return undefined;
  // Five segments is a JWE: its claims are encrypted, nothing to read.
  if (token.indexOf(".", secondDot + 1) >= 0) return undefined;
  if (!isBase64UrlRange(token, secondDot + 1, token.length)) return undefined;

  const header = parseJsonObject(token, 0, firstDot);
  if (!header || (typeof header.alg !== "string" && typeof header.typ !== "string")) {
    return undefined;
  }
  const claims = parseJsonObject(token, firstDot + 1, secondDot);
  if (!claims) return undefined;

  const info: JwtInfo = { header, claims };
  const exp = numericDate(claims.exp);
  const nbf = numericDate(claims.nbf);
  const iat = numericDate(claims.iat);
  if (exp !== undefined) info.exp = exp;
  if (nbf !== undefined) info.nbf = nbf;
  if (iat !== undefined) info.iat = iat;
  const aud = audience(claims.aud);
  if (aud !== undefined) info.aud = aud;
  if (typeof claims.iss === "string") info.iss = claims.iss;
  if (typeof claims.sub === "string") info.sub = claims.sub;
  const scope = scopeOf(claims);
  if (scope !== undefined) info.scope = scope;
  if (typeof header.alg === "string") info.alg = header.alg;
  return info;
}

function isBase64UrlRange(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    const ok =
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      c === 0x2d ||
      c === 0x5f ||
      c === 0x3d;
    if (!ok) return false;
  }
  return true;
}

function parseJsonObject(
  s: string,
  start: number,
  end: number,
): Record<string, unknown> | undefined {
  const bytes = decodeBase64Url(s, start, end);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(utf8.decode(bytes));
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // Not UTF-8 or not JSON: not a JWT.
  }
  return undefined;
}

function numericDate(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function audience(value: unknown): string | string[] | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const strings = value.filter((v): v is string => typeof v === "string");
    return strings.length > 0 ? strings : undefined;
  }
  return undefined;
}

/** `scope` is a space-separated string (RFC 8693); Azure AD and Okta send `scp`, often an array. */
function scopeOf(claims: Record<string, unknown>): string | undefined {
  for (const name of ["scope", "scp", "scopes"]) {
    const value = claims[name];
    if (typeof value === "string") return value;
    if (Array.isArray(value)) {
      const strings = value.filter((v): v is string => typeof v === "string");
      if (strings.length > 0) return strings.join(" ");
    }
  }
  return undefined;
}
