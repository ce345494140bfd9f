/**
 * Unexpanded variables travel through parsing as `\0NAME\0`, a form no pasted text can hold
 * (a NUL cannot be typed or pasted into a field), so a literal "$" in a single-quoted string
 * is never taken for one.
 */
const MARK = "\u0000";
const MARKED = /\u0000([^\u0000]*)\u0000/g;

export function markVariable(name: string): string {
  return `${MARK}${name}${MARK}`;
}

export function hasVariable(text: string): boolean {
  return text.includes(MARK);
}

/** The text as the user wrote it (`$NAME`), and the names found, into `found`. */
export function unmark(text: string, found: Set<string>): string {
  return text.replace(MARKED, (_m, name: string) => {
    found.add(name);
    return /^\w+$/.test(name) ? `$${name}` : `\${${name}}`;
  });
}

/** Names of the variables in the text, without changing it. */
export function variablesIn(text: string, found: Set<string>): void {
  for (const m of text.matchAll(MARKED)) found.add(m[1] ?? "");
}
