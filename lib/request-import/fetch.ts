import JSON5 from "json5";
import { assemble, type RawRequest } from "./assemble";
import type { ImportResult } from "./types";
import { markVariable } from "./variables";

const STRING = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'`;
const REFERENCE = String.raw`(?:process\.env\.|import\.meta\.env\.|Deno\.env\.get\(\s*["'])?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:["']\s*\))?`;

/** The variable a JavaScript reference names: process.env.OPENAI_API_KEY → OPENAI_API_KEY. */
function referenceName(ref: string): string {
  const parts = ref.replace(/Deno\.env\.get\(\s*["']|["']\s*\)$/g, "").split(".");
  return parts[parts.length - 1] ?? ref;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

/**
 * Turns what JSON5 cannot read into strings it can: template literals, `"a" + b`
 * concatenations and bare references become one string with the references marked as
 * variables, and JSON.stringify(x) becomes the string x would give.
 */
function toJson5(source: string): string {
  let s = source.replace(/`((?:[^`\\]|\\.)*)`/g, (_m, body: string) =>
    quote(
      body.replace(/\$\{\s*([^}]+?)\s*\}/g, (_v, ref: string) => markVariable(referenceName(ref))),
    ),
  );
  // "a" + b + "c" → one string; repeated until no concatenation is left.
  const concat = new RegExp(
    String.raw`(${STRING}|${REFERENCE})(\s*\+\s*(?:${STRING}|${REFERENCE}))+`,
    "g",
  );
  s = s.replace(concat, (whole) => {
    let out = "";
    for (const piece of whole.split(/\s*\+\s*/)) {
      out += /^["']/.test(piece)
        ? (JSON5.parse(piece) as string)
        : markVariable(referenceName(piece));
    }
    return quote(out);
  });
  s = s.replace(
    /(:\s*)((?:process\.env\.|import\.meta\.env\.)[\w$]+|[A-Za-z_$][\w$]*(?=\s*[,}\n]))/g,
    (m, pre: string, ref: string) =>
      ["true", "false", "null", "undefined"].includes(ref)
        ? m
        : `${pre}${quote(markVariable(referenceName(ref)))}`,
  );
  return s;
}

/** The text between the bracket at `open` and its partner, skipping strings. */
function balanced(text: string, open: number): string | undefined {
  const pairs: Record<string, string> = { "(": ")", "{": "}", "[": "]" };
  const stack: string[] = [];
  for (let i = open; i < text.length; i += 1) {
    const c = text[i] ?? "";
    if (c === '"' || c === "'" || c === "`") {
      const end = new RegExp(String.raw`(?:[^${c}\\]|\\.)*${c}`, "y");
      end.lastIndex = i + 1;
      const m = end.exec(text);
      if (!m) return undefined;
      i = end.lastIndex - 1;
    } else if (pairs[c]) stack.push(pairs[c] ?? "");
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return text.slice(open + 1, i);
    }
  }
  return undefined;
}

/** Replaces JSON.stringify(<literal>) with the string it gives. */
function stringifyCalls(text: string): string {
  let out = text;
  for (;;) {
    const at = out.indexOf("JSON.stringify(");
    if (at < 0) return out;
    const open = at + "JSON.stringify".length;
    const inner = balanced(out, open);
    if (inner === undefined) return out;
    const value = JSON5.parse(toJson5(inner)) as unknown;
    out = out.slice(0, at) + quote(JSON.stringify(value)) + out.slice(open + inner.length + 2);
  }
}

/** A fetch(url, init) call, as written in code or copied with a browser's "Copy as fetch". */
export function importFetch(text: string): ImportResult {
  const open = text.indexOf("(", text.indexOf("fetch"));
  const args = balanced(text, open);
  if (args === undefined) return { ok: false, error: "This fetch(...) call is not closed." };
  let parsed: unknown;
  try {
    parsed = JSON5.parse(`[${toJson5(stringifyCalls(args))}]`);
  } catch {
    return {
      ok: false,
      error: "This fetch(...) call could not be read: only literal values can be imported.",
    };
  }
  const [url, init] = parsed as [unknown, unknown];
  if (typeof url !== "string")
    return { ok: false, error: "The first argument of fetch should be the URL." };
  const options = (init && typeof init === "object" ? init : {}) as Record<string, unknown>;
  const raw: RawRequest = { format: "fetch", url, headers: [], notes: [] };
  if (typeof options.method === "string") raw.method = options.method;
  const headers = options.headers;
  if (Array.isArray(headers)) {
    for (const h of headers) if (Array.isArray(h)) raw.headers.push([String(h[0]), String(h[1])]);
  } else if (headers && typeof headers === "object") {
    for (const [n, v] of Object.entries(headers)) raw.headers.push([n, String(v)]);
  }
  if (typeof options.body === "string") raw.body = options.body;
  else if (options.body !== undefined && options.body !== null) {
    raw.notes.push("The body is not a string or JSON.stringify(...): it was left out.");
  }
  return assemble(raw);
}
