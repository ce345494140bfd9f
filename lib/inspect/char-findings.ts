/**
 * How a run of one hidden or suspicious character becomes a finding: its kind, its label
 * (the code point and its name, never the character itself) and a sentence for a person.
 */

import { CharClass, type CharClassId, codePointLabel } from "./char-classes";
import { HOMOGLYPHS } from "./homoglyphs";
import type { FindingKind } from "./types";

export const MESSAGES: Partial<Record<FindingKind, string>> = {
  tab: "A tab is sent as part of the key.",
  line_break: "A line break is part of the paste: in a header it breaks or changes the value.",
  zero_width: "An invisible zero-width or formatting character is sent as part of the key.",
  bom: "An invisible byte-order mark is sent as part of the key.",
  unicode_space:
    "A non-ASCII space looks like a space or like nothing, but is sent as part of the key.",
  inner_space: "A space inside the key: it was probably wrapped, split or typed.",
  smart_quote: "A typographic quote (from a document or chat app) is not part of any key.",
  control_char: "An invisible control character is sent as part of the key.",
  non_ascii:
    "A non-ASCII character: API keys are ASCII, and HTTP clients refuse or mangle it in a header.",
};

/** "U+200B ZERO WIDTH SPACE", "3 × CR LF", "U+0430 CYRILLIC SMALL LETTER A looks like 'a'". */
export function runLabel(s: string, i: number, length: number, kind: FindingKind): string {
  const code = s.charCodeAt(i);
  const crlf = code === 0x0d && length > 1 && s.charCodeAt(i + 1) === 0x0a;
  const base = crlf ? "CR LF" : codePointLabel(code);
  const count = crlf ? length / 2 : length;
  const glyph = kind === "homoglyph" ? HOMOGLYPHS.get(code) : undefined;
  const named = glyph ? `${base} looks like '${glyph.looksLike}'` : base;
  return count > 1 ? `${count} × ${named}` : named;
}

export function kindFor(
  cls: CharClassId,
  inValue: boolean,
  homoglyphContext: boolean,
  consumedQuote: boolean,
): FindingKind | undefined {
  switch (cls) {
    case CharClass.space:
      // Spaces at the ends or between a prefix and the value are reported by their own findings.
      return inValue ? "inner_space" : undefined;
    case CharClass.tab:
      return "tab";
    case CharClass.lineBreak:
      return "line_break";
    case CharClass.zeroWidth:
      return "zero_width";
    case CharClass.bom:
      return "bom";
    case CharClass.unicodeSpace:
      return "unicode_space";
    case CharClass.smartQuote:
      return consumedQuote ? undefined : "smart_quote";
    case CharClass.control:
      return "control_char";
    case CharClass.ellipsis:
    case CharClass.bullet:
      // Inside the value these mean a redacted paste, reported as such.
      return inValue ? undefined : "non_ascii";
    case CharClass.homoglyph:
      return homoglyphContext ? "homoglyph" : "non_ascii";
    default:
      return "non_ascii";
  }
}

export function messageFor(kind: FindingKind, code: number): string {
  if (kind === "homoglyph") {
    const glyph = HOMOGLYPHS.get(code);
    return glyph
      ? `A look-alike character: it looks like '${glyph.looksLike}' but is not ASCII, so the key cannot match.`
      : "A look-alike character: it is not ASCII, so the key cannot match.";
  }
  return MESSAGES[kind] ?? "An unexpected character.";
}
