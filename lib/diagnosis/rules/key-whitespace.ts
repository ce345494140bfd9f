import type { Finding, FindingKind } from "../../inspect/types";
import { findingKindsFor } from "../finding-causes";
import { weighCleaned } from "./cleaned-probe";
import { basisFor, echoWithFindings, findingsOf } from "./key-facts";
import { transportError } from "./probes";
import type { Rule } from "./types";

const KINDS = findingKindsFor("key_whitespace");

const LOOK_ALIKE: readonly FindingKind[] = ["homoglyph", "non_ascii"];

const CHARACTER_KINDS: readonly FindingKind[] = [
  "line_break",
  "tab",
  "zero_width",
  "bom",
  "unicode_space",
  "control_char",
];

/** Characters named by a more specific finding inside the range of an edge-whitespace finding. */
function inside(edge: Finding, all: Finding[]): Finding | undefined {
  return all.find(
    (f) =>
      CHARACTER_KINDS.includes(f.kind) &&
      f.index >= edge.index &&
      f.index < edge.index + Math.max(edge.length, 1),
  );
}

function headlineFor(found: Finding[]): string {
  const f = found[0];
  const special = f ? inside(f, found) : undefined;
  switch (f?.kind) {
    case "trailing_whitespace":
      if (special?.kind === "line_break") return "The key ends with a line break";
      return special ? "The key ends with an invisible character" : "The key has a trailing space";
    case "leading_whitespace":
      return special ? "The key starts with an invisible character" : "The key has a leading space";
    case "line_break":
      return "The key contains a line break";
    case "tab":
      return "The key contains a tab";
    case "zero_width":
      return "The key contains an invisible zero-width character";
    case "bom":
      return "The key contains an invisible byte-order mark";
    case "unicode_space":
      return "The key contains a non-breaking or other Unicode space";
    case "control_char":
      return "The key contains a control character";
    case "inner_space":
      return "The key contains a space";
    case "homoglyph":
      return "The key contains a look-alike character (e.g. a Cyrillic letter)";
    case "non_ascii":
      return "The key contains a non-ASCII character";
    default:
      return "The key contains whitespace or an invisible character";
  }
}

export const keyWhitespace: Rule = (ev, ctx) => {
  const found = findingsOf(ev, KINDS);
  const echoed = echoWithFindings(ev, KINDS);
  if (found.length === 0 && !echoed) return undefined;

  const evidence = found.slice(0, 3).map((f) => f.message);
  const onlyInner = found.length > 0 && found.every((f) => f.kind === "inner_space");
  const onlyLookAlike = found.length > 0 && found.every((f) => LOOK_ALIKE.includes(f.kind));
  let confidence = found.length === 0 ? 0 : onlyInner ? 0.5 : onlyLookAlike ? 0.7 : 0.75;

  if (transportError(ev, "as-sent")?.kind === "invalid_header") {
    confidence = Math.max(confidence, 0.95);
    evidence.push(
      "The key as pasted could not even be sent: an HTTP header value may not contain a line break, a control character or a non-Latin character.",
    );
  }
  confidence = weighCleaned(ctx, confidence, evidence, {
    without: "With the whitespace and invisible characters removed",
    problem: "the whitespace is",
  });
  if (echoed) {
    confidence = Math.max(confidence, 0.9);
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
    headline: headlineFor(found),
    evidence,
    fix: [
      ...(onlyLookAlike
        ? [
            "Copy the key from the provider's dashboard instead of retyping it: a look-alike letter from another alphabet makes it a different key.",
          ]
        : []),
      "Copy the key again without the surrounding space or line break, and save it where your app reads it (.env, secret manager, CI variable).",
      "Trim the value when you read it: process.env.API_KEY?.trim() in Node, os.environ['API_KEY'].strip() in Python.",
      "When you pipe a key, use printf '%s' or echo -n (echo adds a line break); create Kubernetes secrets with --from-literal, not from a file that ends in a newline.",
    ],
    basis: echoed && found.length === 0 ? "environment" : basisFor(ctx),
  };
};
