import type { ResolvedAuth } from "@/lib/providers";
import { applyCredential } from "@/lib/providers/placement";

/** The variable the copied commands read the key from: the key itself is never in a command. */
export const KEY_VAR = "$API_KEY";

export interface CurlInput {
  method: string;
  url: string;
  /** Absent: no credential (the baseline request). */
  auth?: ResolvedAuth;
  headers?: Record<string, string>;
  body?: string;
  /**
   * Characters sent around the key, as pasted (a trailing line break, a BOM, quotes): the
   * command adds them with bash's $'…' quoting, so it reproduces what was sent while
   * `$API_KEY` holds the clean key.
   */
  keyAffix?: { before: string; after: string };
}

const ESCAPES: Record<string, string> = {
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "'": "\\'",
  "\\": "\\\\",
};

/** Text as a bash ANSI-C quoted word, $'…': every invisible character spelled out. */
export function ansiC(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const escaped = ESCAPES[ch];
    if (escaped) out += escaped;
    else if (code >= 0x21 && code < 0x7f) out += ch;
    else if (code < 0x80) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += `\\U${code.toString(16).padStart(8, "0")}`;
  }
  return `$'${out}'`;
}

/** `$API_KEY` inside a double-quoted word, with the affix spliced in around it. */
function keyWithAffix(affix: CurlInput["keyAffix"]): string {
  if (!affix || (affix.before === "" && affix.after === "")) return KEY_VAR;
  const before = affix.before === "" ? "" : `"${ansiC(affix.before)}"`;
  const after = affix.after === "" ? "" : `"${ansiC(affix.after)}"`;
  return `${before}${KEY_VAR}${after}`;
}

/** Drops the empty "" a splice leaves at either end of a word. */
function tidy(word: string): string {
  return word.replace(/^""(?=\$')/, "").replace(/(?<=')""$/, "");
}

/** Escapes text for a double-quoted shell word, leaving our own `$API_KEY` to expand. */
function dq(text: string): string {
  return `"${text.replace(/[\\"$`]/g, (c) => `\\${c}`)}"`;
}

/** A double-quoted word holding `$API_KEY` once: the rest escaped, the key (and its affix) live. */
function keyWord(text: string, key: string): string {
  const at = text.indexOf(KEY_VAR);
  const before = text.slice(0, at);
  const after = text.slice(at + KEY_VAR.length);
  return tidy(`${dq(before).slice(0, -1)}${key}${dq(after).slice(1)}`);
}

function withQuery(url: string, name: string): string {
  const sep = url.includes("?") ? "&" : "?";
  return `${url}${sep}${encodeURIComponent(name)}=`;
}

/** A copy-ready curl command for one request, with `$API_KEY` where the key goes. */
export function buildCurl({ method, url, auth, headers = {}, body, keyAffix }: CurlInput): string {
  const key = keyWithAffix(keyAffix);
  const parts = ["curl", "-sS", "-i"];
  const upper = method.toUpperCase();
  if (upper === "HEAD") parts.push("-I");
  else if (upper !== "GET") parts.push("-X", upper);

  let target = dq(url);
  if (auth?.placement === "basic") {
    // curl encodes Basic itself: the key is the user name, the password stays empty.
    parts.push("-u", tidy(`"${key}:"`));
  } else if (auth) {
    const applied = applyCredential(auth, KEY_VAR);
    for (const [name, value] of Object.entries(applied.headers)) {
      parts.push("-H", keyWord(`${name}: ${value}`, key));
    }
    for (const name of Object.keys(applied.query)) {
      target = keyWord(`${withQuery(url, name)}${KEY_VAR}`, key);
    }
  }
  for (const [name, value] of Object.entries(headers)) {
    parts.push("-H", dq(`${name}: ${value}`));
  }
  if (body !== undefined && body !== "") parts.push("--data-raw", dq(body));
  parts.push(target);
  return parts.join(" ");
}
