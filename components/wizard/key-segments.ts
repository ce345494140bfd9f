import type { Finding, Severity } from "@/lib/inspect/inspection";

/**
 * Turns a pasted key into what the "what we see" line draws. Invariant: when `revealed` is
 * false, no segment carries one of the key's own characters: normal characters become "•",
 * and only hidden characters (spaces, line breaks, zero-width…) and quote marks, which are
 * not key material, are shown as named markers.
 */
export type KeySegment =
  | { kind: "char"; text: string; severity?: Severity }
  | { kind: "marker"; text: string; label: string; severity?: Severity };

// Letters, not the Unicode "control pictures" (␠ ⏎ ⇥): common system fonts (DejaVu, the
// default on many Linux desktops) have no glyph for ␠, which then drew as an empty box.
const NAMED: Record<string, { text: string; label: string }> = {
  " ": { text: "SP", label: "space" },
  "\r": { text: "CR", label: "carriage return (a line break)" },
  "\n": { text: "LF", label: "line feed (a line break)" },
  "\t": { text: "TAB", label: "tab" },
  "\u200b": { text: "ZWSP", label: "zero width space U+200B" },
  "\u200c": { text: "ZWNJ", label: "zero width non-joiner U+200C" },
  "\u200d": { text: "ZWJ", label: "zero width joiner U+200D" },
  "\u2060": { text: "WJ", label: "word joiner U+2060" },
  "\ufeff": { text: "BOM", label: "byte order mark U+FEFF" },
  "\u00a0": { text: "NBSP", label: "no-break space U+00A0" },
};

const QUOTES = new Set(['"', "'", "`", "\u2018", "\u2019", "\u201c", "\u201d"]);
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function hex(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Characters that render as nothing (or as an ordinary-looking space) get a marker. */
function hiddenMarker(ch: string): { text: string; label: string } | undefined {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return { text: hex(ch), label: "control" };
  if (/\s/u.test(ch) || (code >= 0x200b && code <= 0x200f) || (code >= 0x2028 && code <= 0x202f)) {
    return { text: hex(ch), label: "invisible or Unicode space" };
  }
  return undefined;
}

function severityAt(findings: Finding[], index: number): Severity | undefined {
  let best: Severity | undefined;
  for (const f of findings) {
    if (index >= f.index && index < f.index + f.length) {
      if (!best || RANK[f.severity] > RANK[best]) best = f.severity;
    }
  }
  return best;
}

export function segmentKey(raw: string, findings: Finding[], revealed: boolean): KeySegment[] {
  const segments: KeySegment[] = [];
  let index = 0;
  // Iterate by code point so a surrogate pair (emoji, rare letters) stays one dot.
  for (const ch of raw) {
    const severity = severityAt(findings, index);
    const hidden = hiddenMarker(ch);
    if (hidden) {
      segments.push({ kind: "marker", ...hidden, severity });
    } else if (QUOTES.has(ch) && severity) {
      segments.push({ kind: "marker", text: ch, label: `quote ${hex(ch)}`, severity });
    } else {
      segments.push({ kind: "char", text: revealed ? ch : "•", severity });
    }
    index += ch.length;
  }
  return segments;
}
