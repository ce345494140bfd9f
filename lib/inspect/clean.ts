import { REMOVABLE, scanner } from "./char-classes";
import { peelShapes } from "./pasted-shapes";

/** The window [start, end) of `s` without the characters no key contains. */
export function dropInvisible(s: string, start: number, end: number): string {
  const removable = scanner(REMOVABLE);
  removable.lastIndex = start;
  const first = removable.exec(s);
  const window = s.slice(start, end);
  if (!first || first.index >= end) return window;
  return window.replace(removable, "");
}

function cleanOnce(s: string): string {
  const { start, end } = peelShapes(s, false);
  return dropInvisible(s, start, end);
}

/**
 * Repeats the cleanup until nothing changes, so that `cleanKey(cleanKey(x)) === cleanKey(x)`
 * even when dropping an invisible character reveals another prefix ("Bea\u200Brer x").
 * Each pass either shortens the string or stops, and real pastes settle in one or two.
 */
export function settle(firstPass: string): string {
  let current = firstPass;
  for (let pass = 0; pass < 64; pass++) {
    const next = cleanOnce(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** What the `cleaned` probe sends. Key material: never log or store the result. */
export function cleanKey(raw: string): string {
  return settle(cleanOnce(raw));
}
