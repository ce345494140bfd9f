import type { FindingKind } from "../inspect/inspection";
import type { CauseId } from "./cause-ids";

/**
 * Which cause each inspection finding supports. A Record, so a new finding kind does not
 * compile until it names its cause. The echo check reads its captures' findings the same way.
 */
export const FINDING_CAUSES: Record<FindingKind, CauseId> = {
  leading_whitespace: "key_whitespace",
  trailing_whitespace: "key_whitespace",
  line_break: "key_whitespace",
  tab: "key_whitespace",
  zero_width: "key_whitespace",
  bom: "key_whitespace",
  unicode_space: "key_whitespace",
  inner_space: "key_whitespace",
  control_char: "key_whitespace",
  // Look-alikes are hidden characters too: a Cyrillic "а" cannot even go into a header.
  homoglyph: "key_whitespace",
  non_ascii: "key_whitespace",
  surrounding_quotes: "key_quotes",
  smart_quote: "key_quotes",
  scheme_prefix: "key_scheme_prefix",
  header_line_pasted: "key_scheme_prefix",
  placeholder: "key_placeholder",
  unexpanded_variable: "key_placeholder",
  empty: "key_placeholder",
  redacted: "key_placeholder",
  url_pasted: "key_placeholder",
  assignment_pasted: "key_placeholder",
};

/** The finding kinds that support `cause`. */
export function findingKindsFor(cause: CauseId): readonly FindingKind[] {
  return (Object.keys(FINDING_CAUSES) as FindingKind[]).filter((k) => FINDING_CAUSES[k] === cause);
}
