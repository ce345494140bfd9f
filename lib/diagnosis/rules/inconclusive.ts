import { FAINT, WEAK } from "../confidence";
import { readAnswer } from "../rule-support/answer-reading";
import { answerLabel, variantLabel } from "../rule-support/probe-sentences";
import type { Rule } from "../rule-support/rule";

/** Always proposed; `diagnose` keeps it when nothing else is convincing. */
export const inconclusive: Rule = (ev, ctx) => {
  if (!ctx.hasProbes) {
    const findings = ev.inspection.findings.length;
    return {
      id: "inconclusive",
      confidence: WEAK,
      title: "Not enough evidence yet: only the key was inspected",
      headline:
        findings === 0
          ? "The key looks well-formed; run the test to see what the API says"
          : "Run the test to confirm what inspection found",
      evidence: [
        "No request was sent: only the key's shape was inspected.",
        findings === 0
          ? "Inspection found nothing wrong with the key itself."
          : `Inspection found ${findings} thing${findings === 1 ? "" : "s"} worth fixing.`,
      ],
      fix: [
        ev.inspection.notARealKey
          ? "Paste the real key and an endpoint, then run the test: a redacted or placeholder key cannot be tested."
          : "Enter the endpoint and run the test: the server sends the key a few ways and compares the answers.",
      ],
      basis: "inspection",
    };
  }
  const seen = ev.probes.slice(0, 5).map((p) => {
    const reading = readAnswer(ctx.provider, p);
    const what =
      reading !== undefined
        ? answerLabel(reading)
        : p.outcome.kind === "error"
          ? `${p.outcome.error.kind} error`
          : "no answer";
    return `${variantLabel(p.variant)}: ${what}`;
  });
  const t = ctx.provider?.testEndpoint;
  return {
    id: "inconclusive",
    confidence: FAINT,
    title: "No single cause fits well",
    headline: "No clear cause: here is what was seen",
    evidence: [`What the probes saw: ${seen.join("; ")}.`],
    fix: [
      t
        ? `Try ${ctx.provider?.name}'s read-only test endpoint (${t.method} ${t.url}) with the same key.`
        : "Try a simple read-only endpoint of the same API with the same key.",
      "Make a fresh key and test it: if it works, the old one is the problem.",
      "Run the echo check to see exactly what your app sends.",
    ],
    basis: "probe",
  };
};
