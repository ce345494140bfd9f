import { fingerprintKey } from "./fingerprint";
import type { Inspection, KeySummary } from "./inspection";
import { judgeJwt } from "./jwt-judge";

/**
 * The report-safe view of a key. The fingerprint is over the raw paste, byte for byte,
 * so it matches what a running process prints for the same (possibly broken) value.
 */
export async function summarizeKey(
  raw: string,
  inspection: Inspection,
  now: number,
): Promise<KeySummary> {
  const summary: KeySummary = {
    fingerprint: await fingerprintKey(raw),
    length: inspection.length,
    preview: inspection.preview,
    findings: inspection.findings,
  };
  const jwt = inspection.jwt;
  if (jwt) {
    const claims: NonNullable<KeySummary["jwt"]>["claims"] = {};
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
