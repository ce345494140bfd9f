/**
 * Successes and refusals read against the no-credential baseline (docs/diagnosis.md):
 * what a request of this run proves about the key, shared by the rules, the proof step
 * and the contradiction step.
 */

import { placementName } from "../providers/placement";
import type { Evidence } from "./evidence";
import type { AnswerReading } from "./rule-support/answer-reading";
import { sameAnswer } from "./rule-support/probe-lookups";
import type { RuleContext } from "./rule-support/rule";

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
 * provider's catalog lists, or, for an API the catalog does not know, a placement the user
 * named, or a header or query parameter (Bearer is only our guess for an unknown API).
 */
export function documentedPlacement(ev: Evidence, ctx: RuleContext): boolean {
  const p = ctx.provider;
  const auth = ev.auth;
  if (!auth) return false;
  if (!p)
    return ev.authChosen === true || auth.placement === "header" || auth.placement === "query";
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
