/**
 * The only slice of a key a report may show: first 3 and last 4 characters for keys of
 * 14+ characters, fewer for shorter ones, so a preview never shows more than 7 characters
 * nor more than half of the key. Slices never split a surrogate pair.
 */
export function previewKey(raw: string): string {
  const n = raw.length;
  const [head, tail] = n < 8 ? [0, 0] : n < 12 ? [2, 2] : n < 14 ? [3, 3] : [3, 4];
  return `${raw.slice(0, safeEnd(raw, head))}…${raw.slice(safeStart(raw, n - tail))}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Shrinks a head slice that would end between the halves of a surrogate pair. */
function safeEnd(s: string, end: number): number {
  return end > 0 && isHighSurrogate(s.charCodeAt(end - 1)) ? end - 1 : end;
}

/** Shrinks a tail slice that would start between the halves of a surrogate pair. */
function safeStart(s: string, start: number): number {
  return start < s.length && isLowSurrogate(s.charCodeAt(start)) ? start + 1 : start;
}
