import type { Finding, FindingKind } from "../../inspect/inspection";
import { EVEN, LIKELY, NOTCH, PROBABLE, PROVEN, SAID } from "../confidence";
import { findingKindsFor } from "../finding-causes";
import { weighCleaned } from "../rule-support/cleaned-probe";
import { basisFor, echoWithFindings, findingsOf } from "../rule-support/evidence-lookups";
import { transportError } from "../rule-support/probe-lookups";
import type { Rule } from "../rule-support/rule";

const KINDS = findingKindsFor("key_whitespace");

const LOOK_ALIKE: readonly FindingKind[] = ["homoglyph", "non_ascii"];

/** What each kind of character is called in a headline. */
const NOUNS: Partial<Record<FindingKind, string>> = {
  line_break: "a line break",
  tab: "a tab",
  zero_width: "an invisible zero-width character",
  bom: "an invisible byte-order mark",
  unicode_space: "a non-breaking or other Unicode space",
  control_char: "a control character",
  inner_space: "a space",
  homoglyph: "a look-alike character (e.g. a Cyrillic letter)",
  non_ascii: "a non-ASCII character",
};

/**
 * The first finding decides the headline. Inspection gives each character one finding, so
 * a trailing line break is a `line_break` at the end of the paste: "ends with a line break".
 */
function headlineFor(found: Finding[], pasteLength: number): string {
  const f = found[0];
  if (!f) return "The key contains whitespace or an invisible character";
  if (f.kind === "trailing_whitespace") return "The key has a trailing space";
  if (f.kind === "leading_whitespace") return "The key has a leading space";
  const noun = NOUNS[f.kind] ?? "an invisible character";
  if (f.index === 0 && f.kind !== "inner_space") return `The key starts with ${noun}`;
  if (f.index + f.length === pasteLength) return `The key ends with ${noun}`;
  return `The key contains ${noun}`;
}

export const keyWhitespace: Rule = (ev, ctx) => {
  const found = findingsOf(ev, KINDS);
  const echoed = echoWithFindings(ev, KINDS);
  if (found.length === 0 && !echoed) return undefined;

  const evidence = found.slice(0, 3).map((f) => f.message);
  const onlyInner = found.length > 0 && found.every((f) => f.kind === "inner_space");
  // A bare Authorization value is the whole header: one space after a scheme word
  // ("Bot <token>", "Api-Key <key>", "SSWS <token>") is its syntax, not a stray space.
  const schemeSpace =
    onlyInner &&
    !echoed &&
    ev.auth?.placement === "authorization" &&
    /^[A-Za-z][\w-]{1,20} \S+$/.test(ev.inspection.cleaned);
  if (schemeSpace) return undefined;
  const onlyLookAlike = found.length > 0 && found.every((f) => LOOK_ALIKE.includes(f.kind));
  let confidence =
    found.length === 0 ? 0 : onlyInner ? EVEN : onlyLookAlike ? PROBABLE : LIKELY - NOTCH;

  if (transportError(ev, "as-sent")?.kind === "invalid_header") {
    confidence = Math.max(confidence, PROVEN);
    evidence.push(
      "The key as pasted could not even be sent: an HTTP header value may not contain a line break, a control character or a non-Latin character.",
    );
  }
  confidence = weighCleaned(ctx, confidence, evidence, {
    without: "With the whitespace and invisible characters removed",
    problem: "the whitespace is",
  });
  if (echoed) {
    confidence = Math.max(confidence, SAID);
    evidence.push(
      `The echo check saw your app send the ${echoed.credential?.name ?? "credential"} header with whitespace or an invisible character in the key.`,
    );
  }

  return {
    id: "key_whitespace",
    confidence,
    title: onlyLookAlike
      ? "A look-alike or non-ASCII character in the key"
      : "Whitespace or an invisible character in the key",
    headline: headlineFor(found, ev.inspection.length),
    evidence,
    fix: [
      ...(onlyLookAlike
        ? [
            "Copy the key from the provider's dashboard instead of retyping it: a look-alike letter from another alphabet makes it a different key.",
          ]
        : []),
      "Copy the key again, without the space, line break or invisible character, and save it where your app reads it (.env, secret manager, CI variable).",
      "Trim the value when you read it: process.env.API_KEY?.trim() in Node, os.environ['API_KEY'].strip() in Python.",
      "When you pipe a key, use printf '%s' or echo -n (echo adds a line break); create Kubernetes secrets with --from-literal, not from a file that ends in a newline.",
    ],
    basis: echoed && found.length === 0 ? "environment" : basisFor(ctx),
  };
};
