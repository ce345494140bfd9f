const META = new Set([..."[](){}*+?|.^$\\"]);
const ESCAPED_LITERALS = new Set([...".-/$^*+?()[]{}|\\~:"]);

/**
 * The fixed text an anchored pattern starts with ("^shpat_[a-f0-9]{32}$" → "shpat_"):
 * the matcher's fast path and the "(shpat_…)" users read. Stops at the first class,
 * group or alternation, and leaves out a character a quantifier makes optional or repeats.
 */
export function literalPrefix(pattern: string): string {
  let out = "";
  let i = pattern.startsWith("^") ? 1 : 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    let literal: string | undefined;
    let next = i + 1;
    if (c === "\\") {
      const escaped = pattern[i + 1];
      if (escaped !== undefined && ESCAPED_LITERALS.has(escaped)) {
        literal = escaped;
        next = i + 2;
      }
    } else if (!META.has(c)) {
      literal = c;
    }
    if (literal === undefined) break;
    const quantifier = pattern[next];
    if (quantifier === "?" || quantifier === "*" || quantifier === "{") break;
    out += literal;
    if (quantifier === "+") break;
    i = next;
  }
  return out;
}
