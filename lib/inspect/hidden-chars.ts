import { CappedFindings } from "./capped-findings";
import {
  CharClass,
  classOf,
  codePointLabel,
  isAsciiAlnum,
  isBlank,
  NOTABLE,
  scanner,
} from "./char-classes";
import {
  type Edge,
  edgeMessage,
  kindFor,
  MESSAGES,
  messageFor,
  runCount,
  runLabel,
} from "./char-findings";
import { makeFinding, placed } from "./finding";
import type { Finding, FindingKind } from "./inspection";

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
  // The blank runs at both ends of the paste. Each character in them gets exactly one
  // finding: its own kind (a line break, a BOM…) with an "at the start/end" sentence, or,
  // for plain spaces, which have no kind of their own, leading/trailing_whitespace.
  let lead = 0;
  while (lead < n && isBlank(s.charCodeAt(lead))) lead++;
  let trail = n;
  while (trail > lead && isBlank(s.charCodeAt(trail - 1))) trail--;
  // A paste of blanks only is all "start": nothing follows it.
  const trailStart = trail > lead ? trail : n;
  const edgeOf = (i: number): Edge => (i < lead ? "start" : i >= trailStart ? "end" : undefined);

  // Decided on the first look-alike only: most keys have none, and this costs a pass.
  let homoglyphContext: boolean | undefined;
  const capped = new CappedFindings(out);
  /** `text` runs only for findings under the cap: labels cost more than the scan. */
  const emit = (
    kind: FindingKind,
    index: number,
    length: number,
    text: () => { label: string; message: string },
  ) => {
    if (!capped.admit(kind, index, "error")) return;
    const { label, message } = text();
    capped.push(makeFinding(kind, index, length, "error", label, placed(message, index, length)));
  };

  const notable = scanner(NOTABLE);
  let i = 0;
  while (i < n) {
    notable.lastIndex = i;
    const next = notable.exec(s);
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
      emit("non_ascii", i, length, () => ({
        label: codePointLabel(cp),
        message: MESSAGES.non_ascii ?? "",
      }));
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
    const edge = edgeOf(i);
    const kind =
      cls === CharClass.space && edge !== undefined
        ? edge === "start"
          ? "leading_whitespace"
          : "trailing_whitespace"
        : kindFor(cls, inValue, homoglyphContext === true, quoteIndices.has(i));
    if (kind) {
      emit(kind, i, length, () => ({
        label: runLabel(s, i, length, kind),
        message:
          edge === undefined
            ? messageFor(kind, code)
            : edgeMessage(kind, edge, runCount(s, i, length)),
      }));
    }
    i = j;
  }

  capped.flush();
  return hints;
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
