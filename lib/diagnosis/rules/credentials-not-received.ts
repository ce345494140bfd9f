import { answerLabel } from "./describe";
import { headerStep, requiredHeaderSteps } from "./fix";
import { refused } from "./key-facts";
import { sameAnswer } from "./probes";
import type { Rule } from "./types";

export const credentialsNotReceived: Rule = (_ev, ctx) => {
  const asSent = refused(ctx);
  if (!asSent) return undefined;
  const status = asSent.response.status;
  // Only credential-shaped refusals: a 404, 429 or 5xx says nothing about the key.
  const disguised = status < 300;
  if (!disguised && status !== 400 && status !== 401 && status !== 403) return undefined;
  const baseline = ctx.noCredential;
  const same = baseline !== undefined && sameAnswer(baseline.response, asSent.response);
  const saysMissing = asSent.meaning === "missing";
  if (!same && !saysMissing) return undefined;

  const evidence: string[] = [];
  let confidence: number;
  if (same) {
    evidence.push(
      `With the key, ${ctx.apiName} answered ${answerLabel(asSent)}; with no key at all it answered exactly the same.`,
    );
    confidence = saysMissing ? 0.9 : 0.62;
  } else {
    confidence = baseline ? 0.7 : 0.75;
  }
  if (saysMissing) {
    evidence.push(
      asSent.meaningSource === "challenge"
        ? "Its WWW-Authenticate challenge carries no error code, which per RFC 6750 means no credential was seen at all."
        : `${ctx.apiTitle} says no credential was provided${asSent.message ? `: "${asSent.message}"` : ""}.`,
    );
  }
  const hint = headerStep(ctx);
  return {
    id: "credentials_not_received",
    confidence,
    title: "The API answers as if no key was sent",
    headline: `${ctx.apiTitle} answered as if no key was sent`,
    evidence,
    fix: [
      `Put the key where the API reads it. ${hint}`,
      "Check that the variable is set in the process that makes the request: an unset variable often sends an empty header.",
      "If a proxy, gateway or SDK sits between your code and the API, run the echo check to see whether the header survives the trip.",
      ...requiredHeaderSteps(ctx, hint),
    ],
    basis: "probe",
  };
};
