import { EVEN, LEANING, NOTCH, PROVEN } from "../confidence";
import { CHECK_ENVIRONMENT_STEPS, requiredHeaderSteps } from "../rule-support/fix-steps";
import { sameAnswer } from "../rule-support/probe-lookups";
import { answerLabel, statusLabel } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

/** 4xx answers that are about the request, not the credential. */
const REQUEST_PROBLEMS = new Set([400, 405, 409, 415, 422]);

export const credentialsWork: Rule = (ev, ctx) => {
  const asSent = ctx.asSent;
  if (!asSent) return undefined;
  const baseline = ctx.noCredential;

  // Past authentication: no key got 401/403, the key got a complaint about the request itself.
  if (
    !asSent.success &&
    REQUEST_PROBLEMS.has(asSent.response.status) &&
    asSent.meaning === undefined &&
    (baseline?.response.status === 401 || baseline?.response.status === 403)
  ) {
    return {
      id: "credentials_work",
      confidence: LEANING,
      title: "The key is accepted; the request itself is refused",
      headline: "The key gets past authentication; the request itself is wrong",
      evidence: [
        `Without a key ${ctx.apiName} answered ${statusLabel(baseline.response.status)}; with the key it answered ${answerLabel(asSent)}, a complaint about the request, not the key.`,
      ],
      fix: [
        "Fix the request (body, parameters, content type) as the error message says; the key is fine.",
        ...CHECK_ENVIRONMENT_STEPS,
      ],
      basis: "probe",
    };
  }

  if (!asSent.success) return undefined;
  const evidence = [
    // The command line probes from the user's own machine, the web app from its server.
    ev.environment?.local
      ? `${ctx.apiTitle} answered ${answerLabel(asSent)} to the key, sent from this machine.`
      : `${ctx.apiTitle} answered ${answerLabel(asSent)} to the key as pasted, sent from our server.`,
  ];
  let confidence = PROVEN;
  const fix = [
    "Compare your app's request with the working request: same URL (base URL, region, API version), same method, same header.",
    ...CHECK_ENVIRONMENT_STEPS,
    ...requiredHeaderSteps(ctx),
  ];
  if (baseline?.success && sameAnswer(baseline.response, asSent.response)) {
    // The endpoint may not check keys at all: a 2xx then proves nothing about the key.
    confidence = EVEN + NOTCH;
    evidence.push(
      "Without a key the answer was the same: this endpoint may not check keys at all.",
    );
    const t = ctx.provider?.testEndpoint;
    fix.unshift(
      t
        ? `Test an endpoint that needs the key, such as ${t.method} ${t.url}.`
        : "Test an endpoint that needs the key to prove it.",
    );
  }
  return {
    id: "credentials_work",
    confidence,
    title: "The key works from here",
    headline: "The key works from here",
    evidence,
    fix,
    basis: "probe",
  };
};
