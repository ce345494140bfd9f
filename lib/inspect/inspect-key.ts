import { dropInvisible, settle } from "./clean";
import { makeFinding } from "./finding";
import { scanCharacters } from "./hidden-chars";
import type { Finding, FindingKind, Inspection } from "./inspection";
import { decodeJwtToken } from "./jwt";
import { peelShapes } from "./pasted-shapes";
import { findNotAKey } from "./placeholders";
import { previewKey } from "./preview";

const NOT_A_KEY: ReadonlySet<FindingKind> = new Set([
  "empty",
  "placeholder",
  "unexpanded_variable",
  "redacted",
]);

/**
 * Everything the browser and the server can tell about a pasted key without sending it
 * anywhere. Linear in the length of the paste. The result holds `cleaned` (key material):
 * keep it in memory, never in a log or a report.
 */
export function inspectKey(raw: string): Inspection {
  const shape = peelShapes(raw, true);
  const firstPass = dropInvisible(raw, shape.start, shape.end);
  // Peeling already reached its fixpoint on this window; only a removal can reveal more.
  const cleaned = firstPass.length === shape.end - shape.start ? firstPass : settle(firstPass);
  const findings: Finding[] = [...shape.findings];
  const hints = scanCharacters(raw, shape.start, shape.end, shape.quoteIndices, findings);
  findNotAKey(raw, shape.start, shape.end, cleaned, hints, findings);
  if (cleaned.length === 0) {
    findings.push(
      raw.length === 0
        ? makeFinding("empty", 0, 0, "error", "empty", "The key is empty.")
        : makeFinding(
            "empty",
            0,
            raw.length,
            "error",
            "nothing left after cleanup",
            "Nothing is left once whitespace, quotes and prefixes are removed: the key is empty.",
          ),
    );
  }
  findings.sort((a, b) => a.index - b.index || b.length - a.length);

  const inspection: Inspection = {
    length: raw.length,
    // Previewing the cleaned value shows "sk-…wXyZ" rather than "Bea…wXyZ" for "Bearer sk-…".
    preview: previewKey(cleaned),
    findings,
    cleaned,
    cleanedDiffers: cleaned !== raw,
    notARealKey: findings.some((f) => NOT_A_KEY.has(f.kind)),
  };
  const jwt = cleaned.includes(".") ? decodeJwtToken(cleaned) : undefined;
  if (jwt) inspection.jwt = jwt;
  return inspection;
}
