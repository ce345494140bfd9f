import { cleanedProven } from "../baseline";
import { DOUBTFUL, EVEN, NOTCH, NUDGE, PROVEN } from "../confidence";
import { refused } from "./evidence-lookups";
import { sameAnswer } from "./probe-lookups";
import { answerLabel } from "./probe-sentences";
import type { RuleContext } from "./rule";

/** How a key-cleanup cause names its cleanup in sentences. */
interface Cleanup {
  /** "Without the quotes", "With the whitespace and invisible characters removed". */
  without: string;
  /** "the quotes are", "the whitespace is": what is not the only problem. */
  problem: string;
}

/**
 * What the `cleaned` probe says about a cleanup cause (whitespace, quotes, scheme prefix):
 * the cleaned key worked → proven; it got the same refusal → the cleanup is not the whole
 * story; it was refused otherwise → weaker. Returns the new confidence, adds the sentence.
 */
export function weighCleaned(
  ctx: RuleContext,
  confidence: number,
  evidence: string[],
  cleanup: Cleanup,
): number {
  const cleaned = ctx.cleaned;
  if (!cleaned) return confidence;
  if (cleanedProven(ctx)) {
    evidence.push(`${cleanup.without}, the same key worked: ${answerLabel(cleaned)}.`);
    return PROVEN + NUDGE;
  }
  const asSent = refused(ctx);
  if (asSent && sameAnswer(cleaned.response, asSent.response)) {
    evidence.push(
      `${cleanup.without}, the key still got the same answer, ${answerLabel(cleaned)}, so ${cleanup.problem} not the only problem.`,
    );
    return Math.min(confidence, DOUBTFUL);
  }
  if (!cleaned.success) {
    evidence.push(`${cleanup.without}, the key was refused too: ${answerLabel(cleaned)}.`);
    return Math.min(confidence, EVEN - NOTCH);
  }
  return confidence;
}
