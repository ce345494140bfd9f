import { valueLooksLikeKey } from "./looks-like-key";

export const REDACTED = "<redacted>";
const MAX_PATH = 512;
const MAX_NAME = 64;

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, " "));
  } catch {
    return part;
  }
}

/** Format and invisible characters (ZWSP, BOM, bidi marks), controls and line separators. */
const INVISIBLE = /[\p{Cf}\p{Cc}\u2028\u2029]/gu;
/**
 * Characters that glue a key to its neighbours in a URL or a name without being part of
 * any key format: sub-delimiters, `@`, `:`, quotes, brackets and any space.
 */
const GLUE = /[;,@:!$&'()*+=|<>"{}\\^`[\]\s]+/u;

/**
 * The key-like run in a piece of text, if any, once it is percent-decoded, stripped of
 * invisible characters and split where keys are glued to other text (`/x;<key>`,
 * `/token@<key>`, `?Bearer%20<key>`, `<key>%E2%80%8B`). Pure.
 */
export function keyLikeRun(text: string): string | undefined {
  const decoded = safeDecode(text).replace(INVISIBLE, "");
  if (valueLooksLikeKey(decoded)) return decoded.trim();
  return decoded.split(GLUE).find((piece) => valueLooksLikeKey(piece));
}

/** A name kept in a capture: never one that looks like a key, never an unbounded one. */
export function safeName(name: string): string {
  if (name.length > MAX_NAME || keyLikeRun(name) !== undefined) return REDACTED;
  return name;
}

/**
 * The request path as a capture keeps it: every query value replaced by `<redacted>`
 * (`?key=<redacted>`), and any path segment or parameter name that looks like a key
 * (`/bot<token>/getMe`, `?sk-…`) replaced too. Pure.
 */
export function redactPath(pathAndQuery: string): string {
  const q = pathAndQuery.indexOf("?");
  const path = q < 0 ? pathAndQuery : pathAndQuery.slice(0, q);
  const query = q < 0 ? undefined : pathAndQuery.slice(q + 1);
  const segments = path
    .split("/")
    .map((s) => (s.length > MAX_NAME || keyLikeRun(s) !== undefined ? REDACTED : s));
  let out = segments.join("/") || "/";
  if (query !== undefined) {
    const pairs = query
      .split("&")
      .filter(Boolean)
      .map((pair) => {
        const eq = pair.indexOf("=");
        const rawName = eq < 0 ? pair : pair.slice(0, eq);
        const name = safeName(safeDecode(rawName)) === REDACTED ? REDACTED : rawName;
        if (eq < 0) return name;
        return pair.length > eq + 1 ? `${name}=${REDACTED}` : `${name}=`;
      });
    out += `?${pairs.join("&")}`;
  }
  return out.length > MAX_PATH ? `${out.slice(0, MAX_PATH)}…` : out;
}
