/**
 * How a run of one hidden or suspicious character becomes a finding: its kind, its label
 * (the code point and its name, never the character itself) and a sentence for a person.
 */

import { CharClass, type CharClassId, codePointLabel } from "./char-classes";
import { HOMOGLYPHS } from "./homoglyphs";
import type { FindingKind } from "./inspection";

/** One sentence per kind for a character inside the key. Never names the character itself. */
export const MESSAGES: Partial<Record<FindingKind, string>> = {
  tab: "A tab is sent as part of the key.",
  line_break:
    "A line break is sent as part of the key: in a header it breaks or changes the value.",
  zero_width: "An invisible zero-width or formatting character is sent as part of the key.",
  bom: "An invisible byte-order mark is sent as part of the key.",
  unicode_space:
    "A non-ASCII space looks like a space or like nothing, but is sent as part of the key.",
  inner_space: "The key contains a space; it was probably wrapped, split or typed by hand.",
  smart_quote: "A typographic quote (from a document or chat app) is not part of any key.",
  control_char: "An invisible control character is sent as part of the key.",
  non_ascii:
    "The key contains a non-ASCII character; API keys are ASCII, and HTTP clients refuse or mangle it in a header.",
};

/** Where a run of blank characters sits: at the very start or end of the paste, or elsewhere. */
export type Edge = "start" | "end" | undefined;

/** How a sentence names a run of blank characters at an edge: one, or several. */
const EDGE_NOUNS: Partial<Record<FindingKind, [one: string, many: string]>> = {
  leading_whitespace: ["a space", "spaces"],
  trailing_whitespace: ["a space", "spaces"],
  line_break: ["a line break", "line breaks"],
  tab: ["a tab", "tabs"],
  zero_width: ["an invisible zero-width character", "invisible zero-width characters"],
  bom: ["an invisible byte-order mark", "invisible byte-order marks"],
  unicode_space: ["a no-break or other non-ASCII space", "no-break or other non-ASCII spaces"],
  control_char: ["an invisible control character", "invisible control characters"],
};

/**
 * One sentence for a run of blank characters at the start or end of the paste: a trailing
 * line break is one finding that says both "at the end" and "a line break", not two.
 */
export function edgeMessage(kind: FindingKind, edge: "start" | "end", count: number): string {
  const [one, many] = EDGE_NOUNS[kind] ?? ["an invisible character", "invisible characters"];
  const noun = count === 1 ? one : `${count} ${many}`;
  const sent = count === 1 ? "it is sent as part of the key" : "they are sent as part of the key";
  return edge === "start"
    ? `The key starts with ${noun}; ${sent}.`
    : `The key ends with ${noun}, often left over from a file or a terminal copy; ${sent}.`;
}

/** How many characters a run holds for a person: CR LF counts as one line break. */
export function runCount(s: string, i: number, length: number): number {
  const crlf = s.charCodeAt(i) === 0x0d && length > 1 && s.charCodeAt(i + 1) === 0x0a;
  return crlf ? length / 2 : length;
}

/** "U+200B ZERO WIDTH SPACE", "3 × CR LF", "U+0430 CYRILLIC SMALL LETTER A looks like 'a'". */
export function runLabel(s: string, i: number, length: number, kind: FindingKind): string {
  const code = s.charCodeAt(i);
  const crlf = code === 0x0d && length > 1 && s.charCodeAt(i + 1) === 0x0a;
  const base = crlf ? "CR LF" : codePointLabel(code);
  const count = runCount(s, i, length);
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
    // The message names what the character imitates only in general: the letter itself is
    // (nearly) a character of the key. The label may name it; labels are technical.
    const like =
      glyph === undefined
        ? "an ordinary character"
        : glyph.looksLike === "-" || glyph.looksLike === "_"
          ? "ordinary punctuation"
          : /[0-9]/.test(glyph.looksLike)
            ? "an ordinary digit"
            : "an ordinary letter";
    return `The key contains a look-alike character from another alphabet: it looks like ${like} but is not ASCII, so the key cannot match.`;
  }
  return MESSAGES[kind] ?? "An unexpected character.";
}
