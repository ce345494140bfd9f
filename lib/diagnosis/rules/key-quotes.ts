import { LIKELY, SAID } from "../confidence";
import { findingKindsFor } from "../finding-causes";
import { weighCleaned } from "../rule-support/cleaned-probe";
import { basisFor, echoWithFindings, findingsOf } from "../rule-support/evidence-lookups";
import type { Rule } from "../rule-support/rule";

const KINDS = findingKindsFor("key_quotes");

export const keyQuotes: Rule = (ev, ctx) => {
  const found = findingsOf(ev, KINDS);
  const echoed = echoWithFindings(ev, KINDS);
  if (found.length === 0 && !echoed) return undefined;

  // An opening and a closing quote are one finding: say it once.
  const evidence = [
    ...new Set(
      found.map((f) =>
        f.kind === "surrounding_quotes"
          ? f.message.replace(/ \((?:opening|closing) quote\)/, "")
          : f.message,
      ),
    ),
  ].slice(0, 3);
  let confidence = found.length > 0 ? LIKELY : 0;
  confidence = weighCleaned(ctx, confidence, evidence, {
    without: "Without the quotes",
    problem: "the quotes are",
  });
  if (echoed) {
    confidence = Math.max(confidence, SAID);
    evidence.push("The echo check saw your app send the key with quote characters around it.");
  }
  const smart = found.some((f) => f.kind === "smart_quote");
  return {
    id: "key_quotes",
    confidence,
    title: "The key is wrapped in quotes",
    headline: smart
      ? "The key contains typographic (smart) quotes"
      : "The key is wrapped in quotes",
    evidence,
    fix: [
      "Remove the quotes from the value: docker run --env-file and Compose env_file files keep quotes literally, so write API_KEY=value there, without quotes.",
      "If the key comes from JSON or YAML, read the parsed string value instead of the raw text of the line.",
      "Smart quotes come from word processors, chat apps and docs: copy the key from the provider's dashboard instead.",
    ],
    basis: echoed && found.length === 0 ? "environment" : basisFor(ctx),
  };
};
