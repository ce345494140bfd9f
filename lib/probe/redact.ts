import "server-only";

/**
 * Redaction of everything that comes back from upstream. Invariant: no text leaves
 * lib/probe without passing through a Redactor built from the key (and any other secret
 * the user sent). Letters are compared without regard to ASCII case (an upstream that
 * upper-cases what it echoes still echoes the key). It removes, in this order:
 *   1. whole encoded forms: raw, trimmed, URL-encoded, form-encoded, JSON-escaped, fully
 *      `\u`-escaped, HTML-escaped, hex; hex and `\u` forms of the first 12 characters too;
 *   2. base64 / base64url runs that contain the secret, or its first 12 characters, at any
 *      byte alignment, which covers base64(key), base64(key:) and base64(user:key);
 *   3. masked echoes: a token that starts with ≥3 leading characters of the secret or ends
 *      with ≥4 trailing ones, around a mask (`sk-abc***xyz`, `sk-proj-...sQoA`, `****abcd`);
 *   4. any run of ≥6 characters that is a substring of one of the text forms;
 *   5. the secret cut into pieces: ≥12 of its characters in a row once everything that is
 *      not one of its characters (spaces, quotes, commas, line breaks) is skipped.
 * Over-redaction is the safe failure: a report may lose a word, never a key fragment.
 */

export const REDACTED = "[redacted]";

/** Secrets shorter than this are placeholders ("", "x", "abc"): hiding them would erase prose. */
const MIN_SECRET_LENGTH = 4;
const GRAM = 6;
/** Prefixes this long are redacted in their encoded forms; pieces this long are found across separators. */
const PREFIX = 12;
const BASE64_CHAR = /[A-Za-z0-9+/=_-]/;
const MASK_RUN = /(?:[*•●·]+|\.{2,}|…+|[xX]{3,}|#{3,})/g;
const TOKEN_CHAR = /[A-Za-z0-9_\-+/~.:]/;
/** Masked echoes: a head of 3–5 characters before a mask, a tail of 4–5 after it. */
const MIN_HEAD = 3;
const MAX_HEAD = GRAM - 1;
const MIN_TAIL = 4;
const MAX_TAIL = GRAM - 1;

export interface Redactor {
  text(input: string): string;
  /** Redacts every string (and object key) inside parsed JSON. */
  value(input: unknown): unknown;
}

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}

function jsonEscaped(s: string): string[] {
  const plain = JSON.stringify(s).slice(1, -1);
  const ascii = plain.replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return [
    plain,
    ascii,
    ascii.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => `\\u${h.toUpperCase()}`),
    plain.replaceAll("/", "\\/"),
  ];
}

/** Lone surrogates (valid in JSON, invalid in UTF-8) as U+FFFD, as every encoder writes them. */
function wellFormed(s: string): string {
  return s.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "\uFFFD",
  );
}

function urlEncoded(raw: string): string[] {
  const s = wellFormed(raw);
  const component = encodeURIComponent(s);
  const form = new URLSearchParams({ k: s }).toString().slice(2);
  const uri = encodeURI(s);
  const lower = component.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
  return [component, form, uri, lower, component.replace(/%20/g, "+")];
}

/** Hex dumps (debug echoes, signature base strings) in either case. */
function hex(s: string): string[] {
  const lower = Buffer.from(wellFormed(s), "utf8").toString("hex");
  return [lower, lower.toUpperCase()];
}

/** Every character as `\uXXXX`, as some serializers write non-JSON bodies. */
function unicodeEscaped(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) out += `\\u${s.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return out;
}

/** ASCII-only lower case: same length, so an index in the folded text is one in the original. */
function foldCase(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

function htmlEscaped(s: string): string[] {
  const basic = s
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
  return [basic.replaceAll("'", "&#39;"), basic.replaceAll("'", "&#x27;")];
}

/**
 * The part of base64(prefix + secret + suffix) that depends only on the secret, for each
 * of the three prefix lengths mod 3. Any base64 run containing one of these holds the secret.
 */
function base64Cores(secret: string): string[] {
  const bytes = utf8(secret);
  const cores: string[] = [];
  for (let align = 0; align < 3; align++) {
    const padded = new Uint8Array(align + bytes.length);
    padded.set(bytes, align);
    const encoded = base64(padded);
    const start = Math.ceil((8 * align) / 6);
    const end = Math.floor((8 * (align + bytes.length)) / 6);
    const core = encoded.slice(start, end);
    if (core.length >= GRAM) {
      cores.push(core, core.replaceAll("+", "-").replaceAll("/", "_"));
    }
  }
  return cores;
}

interface Compiled {
  /** Longest first, so a longer form is removed before a shorter one inside it. */
  forms: string[];
  cores: string[];
  grams: Set<string>;
  /** Plain secrets (non-empty means there is something to redact). */
  plain: string[];
  /** Each secret's first 3–5 and last 4–5 characters, for masked-echo checks. */
  heads: Set<string>;
  tails: Set<string>;
  /** Every 12 characters of each secret (folded), and the characters secrets are made of. */
  pieces: Set<string>;
  alphabet: Set<string>;
}

function compile(secrets: readonly string[]): Compiled {
  const plain = new Set<string>();
  for (const s of secrets) {
    for (const candidate of [s, s.trim()]) {
      if (candidate.length >= MIN_SECRET_LENGTH) plain.add(candidate);
    }
  }
  const forms = new Set<string>();
  const cores = new Set<string>();
  const grams = new Set<string>();
  const heads = new Set<string>();
  const tails = new Set<string>();
  const pieces = new Set<string>();
  const alphabet = new Set<string>();
  for (const s of plain) {
    const prefix = s.slice(0, PREFIX);
    const encoded = [
      s,
      ...urlEncoded(s),
      ...jsonEscaped(s),
      unicodeEscaped(s),
      ...htmlEscaped(s),
      ...hex(s),
      // An upstream that encodes only the start of the key ("first 20 characters") still leaks it.
      ...(s.length > PREFIX ? [...hex(prefix), unicodeEscaped(prefix)] : []),
    ];
    // Matching folds case, so `SK-PROJ-…` and `sk-proj-…` are one form.
    for (const form of encoded) {
      if (form.length >= MIN_SECRET_LENGTH) forms.add(foldCase(form));
    }
    if (s.length > PREFIX) for (const core of base64Cores(prefix)) cores.add(core);
    const folded = foldCase(s);
    for (let i = 0; i + PREFIX <= folded.length; i++) pieces.add(folded.slice(i, i + PREFIX));
    for (const c of folded) alphabet.add(c);
    // Fragments of the forms an echo most often cuts: raw, URL-encoded, JSON-escaped.
    // (The other forms are removed whole; their fragments would cost more than they catch.)
    for (const form of [s, encodeURIComponent(wellFormed(s)), JSON.stringify(s).slice(1, -1)]) {
      const f = foldCase(form);
      for (let i = 0; i + GRAM <= f.length; i++) grams.add(f.slice(i, i + GRAM));
    }
    for (const core of base64Cores(s)) cores.add(core);
    for (let n = MIN_HEAD; n <= MAX_HEAD && n <= s.length; n++) heads.add(folded.slice(0, n));
    for (let n = MIN_TAIL; n <= MAX_TAIL && n <= s.length; n++) tails.add(folded.slice(-n));
  }
  return {
    forms: [...forms].sort((a, b) => b.length - a.length),
    cores: [...cores],
    grams,
    plain: [...plain],
    heads,
    tails,
    pieces,
    alphabet,
  };
}

/** Removes every occurrence of each (folded) form, compared without regard to ASCII case. */
function removeForms(text: string, forms: string[]): string {
  let out = text;
  for (const form of forms) {
    const folded = foldCase(out);
    let at = folded.indexOf(form);
    if (at === -1) continue;
    const ranges: [number, number][] = [];
    while (at !== -1) {
      ranges.push([at, at + form.length]);
      at = folded.indexOf(form, at + form.length);
    }
    out = replaceRanges(out, ranges);
  }
  return out;
}

/**
 * The secret cut into pieces (`sk-pr oj-ab cdefg…`, one piece per line or array item): the
 * text is read with every character that is not one of the secret's skipped, and each 12
 * secret characters in a row are removed with whatever separated them.
 */
function removePieces(text: string, pieces: Set<string>, alphabet: Set<string>): string {
  if (pieces.size === 0) return text;
  const folded = foldCase(text);
  const kept: number[] = [];
  let view = "";
  for (let i = 0; i < folded.length; i++) {
    const c = folded[i] ?? "";
    if (alphabet.has(c)) {
      kept.push(i);
      view += c;
    }
  }
  const ranges: [number, number][] = [];
  for (let i = 0; i + PREFIX <= view.length; i++) {
    if (pieces.has(view.slice(i, i + PREFIX))) {
      ranges.push([kept[i] ?? 0, (kept[i + PREFIX - 1] ?? 0) + 1]);
    }
  }
  return replaceRanges(text, ranges);
}

function removeBase64(text: string, cores: string[]): string {
  let out = text;
  for (const core of cores) {
    let at = out.indexOf(core);
    while (at !== -1) {
      let start = at;
      let end = at + core.length;
      while (start > 0 && BASE64_CHAR.test(out[start - 1] ?? "")) start--;
      while (end < out.length && BASE64_CHAR.test(out[end] ?? "")) end++;
      out = out.slice(0, start) + REDACTED + out.slice(end);
      at = out.indexOf(core, start + REDACTED.length);
    }
  }
  return out;
}

/** Token characters around a mask (a lookup table: this runs for every mask in 64 KB). */
function isTokenChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 && TOKEN_TABLE[c] === 1;
}
const TOKEN_TABLE = Uint8Array.from({ length: 128 }, (_, c) =>
  TOKEN_CHAR.test(String.fromCharCode(c)) ? 1 : 0,
);

/** How far a token run extends from `from` in direction `step`, at most `max` characters. */
function tokenRun(text: string, from: number, step: 1 | -1, max: number): number {
  let n = 0;
  let at = step === 1 ? from : from - 1;
  while (n < max && at >= 0 && at < text.length && isTokenChar(text, at)) {
    n++;
    at += step;
  }
  return n;
}

/**
 * A masked echo around one mask run, in constant time per mask: only the 3–5 characters
 * right before it (a secret's head) and the 4–5 right after it (its tail) are compared,
 * by set lookup. Longer heads and tails need no check here: every 6 characters of the
 * secret are removed by the gram pass anyway. (Scanning whole token runs against every
 * secret made a crafted `a..a..a..` body cost seconds of CPU per probe.)
 */
function maskedEchoRange(
  text: string,
  maskStart: number,
  maskEnd: number,
  heads: Set<string>,
  tails: Set<string>,
): [number, number] | undefined {
  const before = tokenRun(text, maskStart, -1, MAX_HEAD);
  for (let n = before; n >= MIN_HEAD; n--) {
    if (heads.has(foldCase(text.slice(maskStart - n, maskStart)))) {
      return [maskStart - n, maskEnd + tokenRun(text, maskEnd, 1, 256)];
    }
  }
  const after = tokenRun(text, maskEnd, 1, MAX_TAIL);
  for (let n = after; n >= MIN_TAIL; n--) {
    if (tails.has(foldCase(text.slice(maskEnd, maskEnd + n)))) {
      return [maskStart - tokenRun(text, maskStart, -1, 256), maskEnd + n];
    }
  }
  return undefined;
}

function removeMaskedEchoes(text: string, heads: Set<string>, tails: Set<string>): string {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(MASK_RUN)) {
    const start = match.index ?? 0;
    const range = maskedEchoRange(text, start, start + match[0].length, heads, tails);
    if (range) ranges.push(range);
  }
  return replaceRanges(text, ranges);
}

function removeGrams(text: string, grams: Set<string>): string {
  if (grams.size === 0) return text;
  const folded = foldCase(text);
  const ranges: [number, number][] = [];
  for (let i = 0; i + GRAM <= folded.length; i++) {
    if (grams.has(folded.slice(i, i + GRAM))) ranges.push([i, i + GRAM]);
  }
  return replaceRanges(text, ranges);
}

/** Replaces each (merged) range with one marker. */
function replaceRanges(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "";
  let cursor = 0;
  let current: [number, number] | undefined;
  for (const range of ranges) {
    if (current && range[0] <= current[1]) {
      current[1] = Math.max(current[1], range[1]);
      continue;
    }
    if (current) {
      out += text.slice(cursor, current[0]) + REDACTED;
      cursor = current[1];
    }
    current = [range[0], range[1]];
  }
  if (current) out += text.slice(cursor, current[0]) + REDACTED;
  return out + text.slice(current ? current[1] : cursor);
}

export function createRedactor(secrets: readonly string[]): Redactor {
  const compiled = compile(secrets);
  const text = (input: string): string => {
    if (compiled.plain.length === 0 || input === "") return input;
    let out = removeForms(input, compiled.forms);
    out = removeBase64(out, compiled.cores);
    out = removeMaskedEchoes(out, compiled.heads, compiled.tails);
    out = removeGrams(out, compiled.grams);
    return removePieces(out, compiled.pieces, compiled.alphabet);
  };
  const value = (input: unknown): unknown => {
    if (typeof input === "string") return text(input);
    if (Array.isArray(input)) return input.map(value);
    if (input && typeof input === "object") {
      // A null-prototype object: a redacted key that reads "__proto__" stays plain data.
      const out: Record<string, unknown> = Object.create(null);
      for (const [k, v] of Object.entries(input)) out[text(k)] = value(v);
      return out;
    }
    return input;
  };
  return { text, value };
}
