/** Key- and environment-side lookups shared by the rules. */

import type { Finding, FindingKind } from "../../inspect/types";
import type { EchoEvidence, Evidence } from "../evidence";
import { placementName } from "./describe";
import { sameAnswer } from "./probes";
import type { AnswerReading } from "./read-answer";
import type { Basis, RuleContext } from "./types";

export function findingsOf(ev: Evidence, kinds: readonly FindingKind[]): Finding[] {
  return ev.inspection.findings.filter((f) => kinds.includes(f.kind));
}

export function echoes(ev: Evidence): EchoEvidence[] {
  return ev.environment?.echo ?? [];
}

/** The first echo capture whose credential carried one of these finding kinds. */
export function echoWithFindings(ev: Evidence, kinds: readonly string[]): EchoEvidence | undefined {
  return echoes(ev).find((e) => e.credential?.findingKinds.some((k) => kinds.includes(k)));
}

/** The as-sent key got an answer that is not success (and not a redirect). */
export function refused(ctx: RuleContext): AnswerReading | undefined {
  const a = ctx.asSent;
  if (!a || a.success) return undefined;
  const s = a.response.status;
  return s >= 400 || s < 300 ? a : undefined;
}

/**
 * A success that proves something about the key: an open endpoint answers anything with
 * 200, so a success the no-credential baseline got too proves neither a placement nor a
 * cleaning (docs/diagnosis.md).
 */
export function proven(ctx: RuleContext, reading: AnswerReading | undefined): boolean {
  if (!reading?.success) return false;
  const baseline = ctx.noCredential;
  return !(baseline?.success && sameAnswer(baseline.response, reading.response));
}

/** The first alternative placement whose success proves it, when the key as sent failed. */
export function provenAlternative(ctx: RuleContext): AnswerReading | undefined {
  if (ctx.asSent?.success) return undefined;
  return ctx.alternatives.find((a) => proven(ctx, a));
}

/** The cleaned key proved itself where the key as pasted failed. */
export function cleanedProven(ctx: RuleContext): boolean {
  return ctx.asSent?.success !== true && proven(ctx, ctx.cleaned);
}

/**
 * The key was sent where the API reads it, as far as anyone here knows: a placement the
 * provider's catalog lists, or, for an API the catalog does not know, a header or query
 * parameter the user named (Bearer is only our guess for an unknown API).
 */
export function documentedPlacement(ev: Evidence, ctx: RuleContext): boolean {
  const p = ctx.provider;
  const auth = ev.auth;
  if (!auth) return false;
  if (!p) return auth.placement === "header" || auth.placement === "query";
  return [p.auth, ...p.alternativeAuth].some(
    (a) => a.placement === auth.placement && placementName(a) === placementName(auth),
  );
}

/**
 * The API answered the key and no key alike, but its words say the key is not valid and
 * the key was where the API reads it: such an API answers a missing and a wrong key the
 * same way, so the sameness does not prove the key never arrived.
 */
export function judgedAlike(ev: Evidence, ctx: RuleContext, reading: AnswerReading): boolean {
  const words = reading.meaning === "invalid" || reading.meaning === "disabled";
  return words && reading.meaningSource !== "status" && documentedPlacement(ev, ctx);
}

export function basisFor(ctx: RuleContext): Basis {
  return ctx.hasProbes ? "probe" : "inspection";
}

export const KIND_LABELS: Record<string, string> = {
  secret: "secret key",
  publishable: "publishable key",
  restricted: "restricted key",
  admin: "admin key",
  project: "project key",
  service_account: "service account key",
  key_id: "key ID (an identifier, not the secret)",
  account_id: "account ID (an identifier, not a credential)",
  token: "token",
  oauth_token: "OAuth token",
  global_key: "Global API Key",
  application_key: "application key",
};
