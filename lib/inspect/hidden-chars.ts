import {
  CharClass,
  type CharClassId,
  classOf,
  codePointLabel,
  isAsciiAlnum,
  isBlank,
  NOTABLE_G,
} from "./char-classes";
import { makeFinding, plural, where } from "./finding";
import { HOMOGLYPHS } from "./homoglyphs";
import type { Finding, FindingKind } from "./types";

/** More findings of one kind would drown the UI; the rest are summed up in one finding. */
const MAX_PER_KIND = 20;

const MESSAGES: Partial<Record<FindingKind, string>> = {
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

/** What the scan saw, so the regex searches for placeholders only run when they can match. */
export interface ScanHints {
  /** `$`, `%`, `{` or `.` in the value: a variable or an environment lookup is possible. */
  variable: boolean;
  /** `…`, bullets, `..` or `**` in the value: a redaction is possible (x-runs are checked apart). */
  redaction: boolean;
}

/**
 * One linear pass over the raw paste: leading/trailing blanks and every hidden or
 * suspicious character with its UTF-16 position. Runs of the same character are one finding.
 */
export function scanCharacters(
  s: string,
  valueStart: number,
  valueEnd: number,
  quoteIndices: ReadonlySet<number>,
  out: Finding[],
): ScanHints {
  const hints: ScanHints = { variable: false, redaction: false };
  const n = s.length;
  let lead = 0;
  while (lead < n && isBlank(s.charCodeAt(lead))) lead++;
  if (lead > 0) {
    out.push(
      makeFinding(
        "leading_whitespace",
        0,
        lead,
        "error",
        plural(lead, "blank character"),
        `The key starts with ${plural(lead, "whitespace or invisible character")}; they are sent as part of the key.`,
      ),
    );
  }
  let trail = n;
  while (trail > lead && isBlank(s.charCodeAt(trail - 1))) trail--;
  if (trail < n && trail > lead) {
    out.push(
      makeFinding(
        "trailing_whitespace",
        trail,
        n - trail,
        "error",
        plural(n - trail, "blank character"),
        `The key ends with ${plural(n - trail, "whitespace or invisible character")}, often a newline from a file or a terminal copy.`,
      ),
    );
  }

  // Decided on the first look-alike only: most keys have none, and this costs a pass.
  let homoglyphContext: boolean | undefined;
  const perKind = new Map<FindingKind, number>();
  const overflow = new Map<FindingKind, { index: number; count: number }>();

  const emit = (
    kind: FindingKind,
    index: number,
    length: number,
    label: string,
    message: string,
  ) => {
    const seen = perKind.get(kind) ?? 0;
    perKind.set(kind, seen + 1);
    if (seen < MAX_PER_KIND) {
      out.push(
        makeFinding(kind, index, length, "error", label, `${message} (${where(index, length)})`),
      );
      return;
    }
    const more = overflow.get(kind);
    if (more) more.count++;
    else overflow.set(kind, { index, count: 1 });
  };

  let i = 0;
  while (i < n) {
    NOTABLE_G.lastIndex = i;
    const next = NOTABLE_G.exec(s);
    if (!next) break;
    i = next.index;
    const code = s.charCodeAt(i);
    const cls = classOf(code);
    if (cls === CharClass.plain || cls === CharClass.straightQuote) {
      i++;
      continue;
    }
    if (cls === CharClass.hint) {
      let j = i + 1;
      while (j < n && s.charCodeAt(j) === code) j++;
      if (i >= valueStart && i < valueEnd) {
        if (code === 0x2e || code === 0x2a) {
          if (j - i >= 2) hints.redaction = true;
          if (code === 0x2e) hints.variable = true;
        } else {
          hints.variable = true;
        }
      }
      i = j;
      continue;
    }
    if (cls === CharClass.ellipsis || cls === CharClass.bullet) hints.redaction = true;
    if (cls === CharClass.homoglyph && homoglyphContext === undefined) {
      homoglyphContext = isMostlyAscii(s, valueStart, valueEnd);
    }
    if (cls === CharClass.surrogate) {
      const next = s.charCodeAt(i + 1);
      const paired = code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      const cp = paired ? ((code - 0xd800) << 10) + (next - 0xdc00) + 0x10000 : code;
      const length = paired ? 2 : 1;
      emit("non_ascii", i, length, codePointLabel(cp), MESSAGES.non_ascii ?? "");
      i += length;
      continue;
    }
    // CR LF is one line break for a person, not two.
    let j = i + 1;
    if (code === 0x0d && s.charCodeAt(j) === 0x0a) {
      j++;
      while (s.charCodeAt(j) === 0x0d && s.charCodeAt(j + 1) === 0x0a) j += 2;
    } else {
      while (j < n && s.charCodeAt(j) === code) j++;
    }
    const length = j - i;
    const inValue = i >= valueStart && i < valueEnd;
    const kind = kindFor(cls, inValue, homoglyphContext === true, quoteIndices.has(i));
    if (kind) {
      const base =
        code === 0x0d && length > 1 && s.charCodeAt(i + 1) === 0x0a
          ? "CR LF"
          : codePointLabel(code);
      const count = code === 0x0d && base === "CR LF" ? length / 2 : length;
      const glyph = kind === "homoglyph" ? HOMOGLYPHS.get(code) : undefined;
      const named = glyph ? `${base} looks like '${glyph.looksLike}'` : base;
      const label = count > 1 ? `${count} × ${named}` : named;
      emit(kind, i, length, label, messageFor(kind, code));
    }
    i = j;
  }

  for (const [kind, { index, count }] of overflow) {
    out.push(
      makeFinding(
        kind,
        index,
        1,
        "error",
        `${count} more like this`,
        `${plural(count, "more place")} with the same problem from character ${index + 1} on.`,
      ),
    );
  }
  return hints;
}

function kindFor(
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

function messageFor(kind: FindingKind, code: number): string {
  if (kind === "homoglyph") {
    const glyph = HOMOGLYPHS.get(code);
    return glyph
      ? `A look-alike character: it looks like '${glyph.looksLike}' but is not ASCII, so the key cannot match.`
      : "A look-alike character: it is not ASCII, so the key cannot match.";
  }
  return MESSAGES[kind] ?? "An unexpected character.";
}

/** "An otherwise ASCII key": look-alikes only count as homoglyphs among mostly ASCII letters. */
function isMostlyAscii(s: string, start: number, end: number): boolean {
  let ascii = 0;
  let foreign = 0;
  for (let i = start; i < end; i++) {
    const code = s.charCodeAt(i);
    if (isAsciiAlnum(code)) ascii++;
    else {
      const cls = classOf(code);
      if (
        cls === CharClass.homoglyph ||
        cls === CharClass.nonAscii ||
        cls === CharClass.surrogate
      ) {
        foreign++;
      }
    }
  }
  return ascii > 0 && foreign * 2 < ascii;
}
