import { fingerprintKey } from "./fingerprint";
import type { Inspection, KeySummary } from "./inspection";
import { judgeJwt } from "./jwt-judge";

/** Keys shorter than this (and any `user:password` pair) keep no preview or fingerprint in a report. */
export const MIN_SUMMARIZED_LENGTH = 20;

/** The summary as computed, before the report-safety rule: both fields are present. */
export type FullKeySummary = KeySummary & { fingerprint: string; preview: string };

/**
 * True when a fingerprint (8 hex digits) or a preview would let someone recover the key
 * by guessing: a short password is found in about a second from either.
 */
export function isGuessableKey(cleaned: string): boolean {
  return cleaned.length < MIN_SUMMARIZED_LENGTH || cleaned.includes(":");
}

/**
 * What a report (and so a share) keeps of the key: a guessable key loses its preview and
 * fingerprint. The browser still shows the fingerprint it computes itself.
 */
export function reportKeySummary(summary: FullKeySummary, inspection: Inspection): KeySummary {
  if (!isGuessableKey(inspection.cleaned)) return summary;
  return { ...summary, fingerprint: null, preview: null };
}

/**
 * The report-safe view of a key. The fingerprint is over the raw paste, byte for byte,
 * so it matches what a running process prints for the same (possibly broken) value.
 * `looksLike` comes from the key-format lookup (which knows the endpoint's provider).
 */
export async function summarizeKey(
  raw: string,
  inspection: Inspection,
  now: number,
  looksLike?: KeySummary["looksLike"],
): Promise<FullKeySummary> {
  const summary: FullKeySummary = {
    fingerprint: await fingerprintKey(raw),
    length: inspection.length,
    preview: inspection.preview,
    findings: inspection.findings,
  };
  // A guessable key keeps no preview; its format's prefix is not said either.
  if (looksLike && !isGuessableKey(inspection.cleaned)) summary.looksLike = looksLike;
  const jwt = inspection.jwt;
  if (jwt) {
    const claims: NonNullable<FullKeySummary["jwt"]>["claims"] = {};
    if (jwt.exp !== undefined) claims.exp = jwt.exp;
    if (jwt.nbf !== undefined) claims.nbf = jwt.nbf;
    if (jwt.iat !== undefined) claims.iat = jwt.iat;
    if (jwt.aud !== undefined) claims.aud = jwt.aud;
    if (jwt.iss !== undefined) claims.iss = jwt.iss;
    if (jwt.scope !== undefined) claims.scope = jwt.scope;
    if (jwt.alg !== undefined) claims.alg = jwt.alg;
    summary.jwt = { claims, judgement: judgeJwt(jwt, now) };
  }
  return summary;
}
