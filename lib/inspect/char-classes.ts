import { HOMOGLYPHS } from "./homoglyphs";

/**
 * One lookup table over the BMP classifies every UTF-16 code unit in O(1), so inspecting
 * an 8 KB paste is a single linear scan with no regex backtracking.
 */
export const CharClass = {
  plain: 0,
  space: 1,
  tab: 2,
  lineBreak: 3,
  zeroWidth: 4,
  bom: 5,
  unicodeSpace: 6,
  smartQuote: 7,
  control: 8,
  ellipsis: 9,
  bullet: 10,
  homoglyph: 11,
  nonAscii: 12,
  surrogate: 13,
  straightQuote: 14,
  /** `$ % { . *`: ASCII that may start a variable or a redaction. */
  hint: 15,
} as const;
export type CharClassId = (typeof CharClass)[keyof typeof CharClass];

const NAMES = new Map<number, string>([
  [0x09, "CHARACTER TABULATION (tab)"],
  [0x0a, "LINE FEED (LF)"],
  [0x0b, "LINE TABULATION (VT)"],
  [0x0c, "FORM FEED (FF)"],
  [0x0d, "CARRIAGE RETURN (CR)"],
  [0x20, "SPACE"],
  [0x22, "QUOTATION MARK"],
  [0x27, "APOSTROPHE"],
  [0x60, "GRAVE ACCENT"],
  [0x7f, "DELETE"],
  [0x85, "NEXT LINE (NEL)"],
  [0xa0, "NO-BREAK SPACE"],
  [0xad, "SOFT HYPHEN"],
  [0xab, "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK"],
  [0xbb, "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK"],
  [0x1680, "OGHAM SPACE MARK"],
  [0x180e, "MONGOLIAN VOWEL SEPARATOR"],
  [0x2000, "EN QUAD"],
  [0x2001, "EM QUAD"],
  [0x2002, "EN SPACE"],
  [0x2003, "EM SPACE"],
  [0x2004, "THREE-PER-EM SPACE"],
  [0x2005, "FOUR-PER-EM SPACE"],
  [0x2006, "SIX-PER-EM SPACE"],
  [0x2007, "FIGURE SPACE"],
  [0x2008, "PUNCTUATION SPACE"],
  [0x2009, "THIN SPACE"],
  [0x200a, "HAIR SPACE"],
  [0x200b, "ZERO WIDTH SPACE"],
  [0x200c, "ZERO WIDTH NON-JOINER"],
  [0x200d, "ZERO WIDTH JOINER"],
  [0x200e, "LEFT-TO-RIGHT MARK"],
  [0x200f, "RIGHT-TO-LEFT MARK"],
  [0x2018, "LEFT SINGLE QUOTATION MARK"],
  [0x2019, "RIGHT SINGLE QUOTATION MARK"],
  [0x201a, "SINGLE LOW-9 QUOTATION MARK"],
  [0x201b, "SINGLE HIGH-REVERSED-9 QUOTATION MARK"],
  [0x201c, "LEFT DOUBLE QUOTATION MARK"],
  [0x201d, "RIGHT DOUBLE QUOTATION MARK"],
  [0x201e, "DOUBLE LOW-9 QUOTATION MARK"],
  [0x201f, "DOUBLE HIGH-REVERSED-9 QUOTATION MARK"],
  [0x2022, "BULLET"],
  [0x2026, "HORIZONTAL ELLIPSIS"],
  [0x2028, "LINE SEPARATOR"],
  [0x2029, "PARAGRAPH SEPARATOR"],
  [0x202a, "LEFT-TO-RIGHT EMBEDDING"],
  [0x202b, "RIGHT-TO-LEFT EMBEDDING"],
  [0x202c, "POP DIRECTIONAL FORMATTING"],
  [0x202d, "LEFT-TO-RIGHT OVERRIDE"],
  [0x202e, "RIGHT-TO-LEFT OVERRIDE"],
  [0x202f, "NARROW NO-BREAK SPACE"],
  [0x2032, "PRIME"],
  [0x2033, "DOUBLE PRIME"],
  [0x2039, "SINGLE LEFT-POINTING ANGLE QUOTATION MARK"],
  [0x203a, "SINGLE RIGHT-POINTING ANGLE QUOTATION MARK"],
  [0x205f, "MEDIUM MATHEMATICAL SPACE"],
  [0x2060, "WORD JOINER"],
  [0x2061, "FUNCTION APPLICATION"],
  [0x2062, "INVISIBLE TIMES"],
  [0x2063, "INVISIBLE SEPARATOR"],
  [0x2064, "INVISIBLE PLUS"],
  [0x2066, "LEFT-TO-RIGHT ISOLATE"],
  [0x2067, "RIGHT-TO-LEFT ISOLATE"],
  [0x2068, "FIRST STRONG ISOLATE"],
  [0x2069, "POP DIRECTIONAL ISOLATE"],
  [0x2219, "BULLET OPERATOR"],
  [0x25cf, "BLACK CIRCLE"],
  [0x3000, "IDEOGRAPHIC SPACE"],
  [0xfeff, "ZERO WIDTH NO-BREAK SPACE (BOM)"],
  [0xfffd, "REPLACEMENT CHARACTER"],
]);

const C0_NAMES = [
  "NULL",
  "START OF HEADING",
  "START OF TEXT",
  "END OF TEXT",
  "END OF TRANSMISSION",
  "ENQUIRY",
  "ACKNOWLEDGE",
  "BELL",
  "BACKSPACE",
] as const;

function buildTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  t.fill(CharClass.nonAscii, 0x80);
  t.fill(CharClass.control, 0x00, 0x20);
  t.fill(CharClass.control, 0x7f, 0xa0);
  t.fill(CharClass.surrogate, 0xd800, 0xe000);
  t[0x20] = CharClass.space;
  t[0x09] = CharClass.tab;
  for (const c of [0x0a, 0x0d, 0x85, 0x2028, 0x2029]) t[c] = CharClass.lineBreak;
  for (const c of [0x22, 0x27, 0x60]) t[c] = CharClass.straightQuote;
  for (const c of [0x24, 0x25, 0x7b, 0x2e, 0x2a]) t[c] = CharClass.hint;
  t.fill(CharClass.zeroWidth, 0x200b, 0x2010);
  t.fill(CharClass.zeroWidth, 0x202a, 0x202f);
  t.fill(CharClass.zeroWidth, 0x2060, 0x2065);
  t.fill(CharClass.zeroWidth, 0x2066, 0x206a);
  t[0x180e] = CharClass.zeroWidth;
  t[0x00ad] = CharClass.zeroWidth;
  t[0xfeff] = CharClass.bom;
  t.fill(CharClass.unicodeSpace, 0x2000, 0x200b);
  for (const c of [0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) t[c] = CharClass.unicodeSpace;
  for (const c of [
    0x2018, 0x2019, 0x201a, 0x201b, 0x201c, 0x201d, 0x201e, 0x201f, 0x2032, 0x2033, 0xab, 0xbb,
    0x2039, 0x203a,
  ]) {
    t[c] = CharClass.smartQuote;
  }
  t[0x2026] = CharClass.ellipsis;
  for (const c of [0x2022, 0x2219, 0x25cf]) t[c] = CharClass.bullet;
  for (const c of HOMOGLYPHS.keys()) t[c] = CharClass.homoglyph;
  return t;
}

const TABLE = buildTable();

export function classOf(code: number): CharClassId {
  return TABLE[code] as CharClassId;
}

/**
 * Native regex scans skip plain key characters far faster than a JS loop can, so the hot
 * paths jump from one interesting character to the next. Written out by hand so loading
 * the module costs nothing; a unit test checks them against the table code unit by code unit.
 */
/** Every code unit whose class is not `plain`. */
export const NOTABLE = /[^!#&()+,\-/0-9:-@A-Z[-_a-z|}~]/;
/** Every code unit `isRemovable` accepts. */
export const REMOVABLE =
  /[\x00-\x1F\x7F-\x9F\u00A0\u00AD\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u2064\u2066-\u2069\u3000\uFEFF]/;

/**
 * A global copy of a pattern for one scan: a global regex keeps its position in
 * `lastIndex`, so every scan gets its own instead of sharing module-level state.
 */
export function scanner(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, "g");
}

/** Whitespace and invisible characters: what trimming and separator matching treat as blank. */
export function isBlank(code: number): boolean {
  switch (TABLE[code]) {
    case CharClass.space:
    case CharClass.tab:
    case CharClass.lineBreak:
    case CharClass.zeroWidth:
    case CharClass.bom:
    case CharClass.unicodeSpace:
      return true;
    default:
      return code === 0x0b || code === 0x0c;
  }
}

/**
 * Characters the `cleaned` probe drops anywhere in the value. No API key contains them;
 * an inner ASCII space is kept because dropping it would be a guess, not a cleanup.
 */
export function isRemovable(code: number): boolean {
  switch (TABLE[code]) {
    case CharClass.tab:
    case CharClass.lineBreak:
    case CharClass.zeroWidth:
    case CharClass.bom:
    case CharClass.unicodeSpace:
    case CharClass.control:
      return true;
    default:
      return false;
  }
}

export function isQuote(code: number): boolean {
  const c = TABLE[code];
  return c === CharClass.straightQuote || c === CharClass.smartQuote;
}

export function isAsciiAlnum(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a)
  );
}

/** "U+200B ZERO WIDTH SPACE": a code point and its name, never the character itself. */
export function codePointLabel(cp: number): string {
  const hex = cp.toString(16).toUpperCase().padStart(4, "0");
  const name = nameOf(cp);
  return name ? `U+${hex} ${name}` : `U+${hex}`;
}

function nameOf(cp: number): string | undefined {
  const known = NAMES.get(cp) ?? HOMOGLYPHS.get(cp)?.name;
  if (known) return known;
  if (cp < 0x09) return C0_NAMES[cp];
  if (cp < 0x20 || (cp >= 0x80 && cp < 0xa0)) return "CONTROL CHARACTER";
  if (cp >= 0xd800 && cp < 0xe000) return "LONE SURROGATE";
  return undefined;
}
