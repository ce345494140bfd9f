/**
 * Where a credential goes on a request: the placements, their default names, how each one
 * reads in a sentence, and how a key is written onto a request. Every other module (the
 * probes, the rules, the wizard, the CLI) asks this one, so a new placement is added here
 * and nowhere else (see docs/architecture.md, "Add a placement").
 */

import type { z } from "zod";
import type { authPlacementSchema, resolvedAuthSchema } from "./schema";

/** `bearer`, `authorization` (raw), `header` (named), `query`, `basic`. */
export type AuthPlacement = z.infer<typeof authPlacementSchema>;

/** A concrete placement: `header` and `query` always carry the name they use. */
export type ResolvedAuth = z.infer<typeof resolvedAuthSchema>;

/** What a user or a caller asks for: `auto` and a missing name are resolved later. */
export interface RequestedAuth {
  placement: AuthPlacement | "auto";
  name?: string;
}

/** The named header used when neither the request nor the provider names one. */
export const DEFAULT_HEADER_NAME = "X-API-Key";

/**
 * The query parameter used when neither the request nor the provider names one. `api_key`,
 * not `key`: it is the generic spelling most APIs that take a key in the URL document, and
 * the one the probes have always sent. Google's `key` is not lost: Gemini's catalog entry
 * names it, and a provider's own name always wins over this default.
 */
export const DEFAULT_QUERY_NAME = "api_key";

/** A placement with its name filled in: the given one, else `fallback`, else the default. */
export function withName(
  placement: AuthPlacement,
  name: string | undefined,
  fallback?: string,
): ResolvedAuth {
  const given = name?.trim() || undefined;
  switch (placement) {
    case "header":
      return { placement, name: given ?? fallback ?? DEFAULT_HEADER_NAME };
    case "query":
      return { placement, name: given ?? fallback ?? DEFAULT_QUERY_NAME };
    default:
      return { placement };
  }
}

/** The header or query parameter name of a named placement; undefined for the others. */
export function authName(auth: ResolvedAuth): string | undefined {
  return auth.placement === "header" || auth.placement === "query" ? auth.name : undefined;
}

/**
 * Header names no request of ours may set, the key's or an extra header's: the target's
 * identity, connection management (hop-by-hop), framing, a proxy's credentials, cloud
 * metadata headers, and names that would turn a plain object into a trap. The request
 * schema refuses them, and the follow-up round never derives one (an underscored name's
 * hyphen spelling).
 */
const FORBIDDEN_HEADERS = new Set([
  "host",
  "connection",
  "keep-alive",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "content-length",
  "expect",
  "metadata-flavor",
  "metadata",
  "x-aws-ec2-metadata-token",
  "x-aws-ec2-metadata-token-ttl-seconds",
  "x-google-metadata-request",
  "__proto__",
  "constructor",
  "prototype",
]);

export function isForbiddenHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return FORBIDDEN_HEADERS.has(lower) || lower.startsWith("proxy-");
}

/** Where on the wire a placement puts the key. */
export interface CredentialSlot {
  location: "header" | "query";
  /** Header names lower-cased (HTTP compares them so); query names as given. */
  name: string;
  /** The scheme word the Authorization header carries before the key, when there is one. */
  scheme?: "Bearer" | "Basic";
}

export function credentialSlot(auth: ResolvedAuth): CredentialSlot {
  switch (auth.placement) {
    case "bearer":
      return { location: "header", name: "authorization", scheme: "Bearer" };
    case "basic":
      return { location: "header", name: "authorization", scheme: "Basic" };
    case "authorization":
      return { location: "header", name: "authorization" };
    case "header":
      return { location: "header", name: auth.name.toLowerCase() };
    case "query":
      return { location: "query", name: auth.name };
  }
}

/** The header (lower-case) a placement writes, or undefined for the query string. */
export function credentialHeader(auth: ResolvedAuth): string | undefined {
  const slot = credentialSlot(auth);
  return slot.location === "header" ? slot.name : undefined;
}

/**
 * The first of `names` (extra request headers) that would carry a credential beside
 * `auth`: Authorization and Cookie always (a session cookie authenticates as surely as a
 * key), and the placement's own header. The no-credential baseline sends the extra
 * headers too, so none of them may carry one.
 */
export function credentialHeaderAmong(
  names: Iterable<string>,
  auth: ResolvedAuth,
): string | undefined {
  const carriers = new Set(["authorization", "cookie", credentialHeader(auth)]);
  for (const name of names) if (carriers.has(name.toLowerCase())) return name;
  return undefined;
}

/** The header or query parameter name a placement uses, lower-cased. */
export function placementName(auth: ResolvedAuth): string {
  return credentialSlot(auth).name.toLowerCase();
}

/** Same placement; header names compare case-insensitively (HTTP), query names exactly. */
export function sameAuth(a: ResolvedAuth, b: ResolvedAuth): boolean {
  return a.placement === b.placement && credentialSlot(a).name === credentialSlot(b).name;
}

/**
 * How a placement looks on the wire, with `key` (never key material: "<key>", "<cleaned
 * key>") standing in for the key: "Authorization: Bearer <key>", "?key=<key> in the URL".
 * The probe descriptions, the diagnosis sentences and the wizard all use this one label.
 */
export function placementLabel(auth: ResolvedAuth | undefined, key = "<key>"): string {
  if (!auth) return "the chosen header";
  switch (auth.placement) {
    case "bearer":
      return `Authorization: Bearer ${key}`;
    case "authorization":
      return `Authorization: ${key}`;
    case "basic":
      return `Authorization: Basic base64(${key})`;
    case "header":
      return `${auth.name}: ${key}`;
    case "query":
      return `?${auth.name}=${key} in the URL`;
  }
}

/** What to set on a request to carry a credential. */
export interface AppliedCredential {
  /** Header name (as the placement spells it) → value. */
  headers: Record<string, string>;
  /** Query parameter name → value. */
  query: Record<string, string>;
}

/** Base64 of the UTF-8 bytes, with the platform's own encoder (browser and Node alike). */
function base64Utf8(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Basic auth's `user:password`: a key without ":" is taken as the user name. */
export function basicPair(key: string): string {
  return key.includes(":") ? key : `${key}:`;
}

/**
 * The headers and query parameters that carry `key` in this placement. Pure, so the probes,
 * the CLI and the wizard's copied commands write a credential the same way.
 */
export function applyCredential(auth: ResolvedAuth, key: string): AppliedCredential {
  switch (auth.placement) {
    case "bearer":
      return { headers: { Authorization: `Bearer ${key}` }, query: {} };
    case "authorization":
      return { headers: { Authorization: key }, query: {} };
    case "basic":
      return { headers: { Authorization: `Basic ${base64Utf8(basicPair(key))}` }, query: {} };
    case "header":
      return { headers: { [auth.name]: key }, query: {} };
    case "query":
      return { headers: {}, query: { [auth.name]: key } };
  }
}
