import { documentedPlacement, judgedAlike } from "../baseline";
import { EVEN, LIKELY, NOTCH, NUDGE, PROBABLE, PROVEN, SAID, STRONG, WEAK } from "../confidence";
import { refused } from "../rule-support/evidence-lookups";
import { regenerateStep, requiredHeaderSteps } from "../rule-support/fix-steps";
import { gatewayOf } from "../rule-support/gateway-sentences";
import { sameAnswer } from "../rule-support/probe-lookups";
import { answerLabel, capitalize } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

export const keyRejected: Rule = (ev, ctx) => {
  const asSent = refused(ctx);
  if (!asSent) return undefined;
  const { response: res, meaning, meaningSource } = asSent;
  const looksRefused =
    meaning === "invalid" ||
    meaning === "disabled" ||
    (meaning === undefined && (res.status === 401 || res.status === 403 || res.status < 300));
  if (!looksRefused) return undefined;

  let confidence: number;
  if (meaningSource === "catalog") confidence = STRONG;
  else if (meaningSource === "challenge") confidence = LIKELY;
  else if (meaningSource === "wording") confidence = PROBABLE + NUDGE;
  else confidence = res.status === 401 ? EVEN : WEAK + NOTCH;

  // A gateway's answer is the gateway speaking: say so instead of "The API answered".
  const gateway = gatewayOf(asSent);
  const evidence = [
    `${gateway?.title ?? ctx.apiTitle} answered ${answerLabel(asSent)} to the key as pasted.`,
  ];
  if (asSent.note) evidence.push(`${capitalize(asSent.note)}.`);
  const baseline = ctx.noCredential;
  if (baseline?.success) {
    // An open endpoint: anonymous requests pass, so the refusal is about this key itself,
    // not about where it was put (it was read, or the answer would be the anonymous one).
    confidence = Math.max(confidence, SAID);
    evidence.push(
      `The endpoint answers without a key; with this key it refuses (without a key: ${answerLabel(baseline)}).`,
    );
  } else if (baseline && sameAnswer(baseline.response, res)) {
    // Some APIs answer a missing and a wrong key alike: the same answer alone does not
    // prove the key never arrived. What the server says decides.
    const judged = judgedAlike(ev, ctx, asSent);
    confidence = judged
      ? Math.min(confidence, LIKELY - NUDGE)
      : Math.min(confidence, documentedPlacement(ev, ctx) ? EVEN : EVEN - NOTCH);
    evidence.push(
      judged
        ? "With no key at all the answer was the same: this API answers a missing and a wrong key alike, and its own words say the key is not valid."
        : "With no key at all the answer was the same, so it is not certain the key was even read.",
    );
  } else if (baseline) {
    confidence = Math.min(PROVEN, confidence + NOTCH);
    evidence.push(
      `The key reached ${gateway?.name ?? "the API"} and was judged: with no key at all the answer was different, ${answerLabel(baseline)}.`,
    );
  }
  if (gateway) {
    confidence *= 0.6;
    evidence.push(
      `${gateway.title} is a gateway in front of the API, so the refusal may be its own rather than the API's.`,
    );
  }
  const disabled = meaning === "disabled";
  return {
    id: "key_rejected",
    confidence,
    title: disabled
      ? "The key is disabled"
      : "The API refused the key (revoked, deleted, mistyped or another account's)",
    headline: disabled
      ? `${ctx.apiTitle} says the key is disabled`
      : `${ctx.apiTitle} refused the key`,
    evidence,
    fix: [
      "Check that the key still exists and is active in the dashboard: compare its last characters with the keys listed there.",
      "Check that it belongs to the right account, organization, project or workspace, and to the right environment (test vs live, sandbox vs production).",
      regenerateStep(ctx),
      ...requiredHeaderSteps(ctx),
    ],
    basis: "probe",
  };
};
