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
}

/** Escapes text for a double-quoted shell word, leaving our own `$API_KEY` to expand. */
function dq(text: string): string {
  return `"${text.replace(/[\\"$`]/g, (c) => `\\${c}`)}"`;
}

/** A double-quoted word whose trailing `$API_KEY` still expands. */
function keyWord(text: string): string {
  return `${dq(text.slice(0, -KEY_VAR.length)).slice(0, -1)}${KEY_VAR}"`;
}

function withQuery(url: string, name: string): string {
  const sep = url.includes("?") ? "&" : "?";
  return `${url}${sep}${encodeURIComponent(name)}=`;
}

/** A copy-ready curl command for one request, with `$API_KEY` where the key goes. */
export function buildCurl({ method, url, auth, headers = {}, body }: CurlInput): string {
  const parts = ["curl", "-sS", "-i"];
  const upper = method.toUpperCase();
  if (upper === "HEAD") parts.push("-I");
  else if (upper !== "GET") parts.push("-X", upper);

  let target = dq(url);
  if (auth?.placement === "basic") {
    // curl encodes Basic itself: the key is the user name, the password stays empty.
    parts.push("-u", `"${KEY_VAR}:"`);
  } else if (auth) {
    const applied = applyCredential(auth, KEY_VAR);
    for (const [name, value] of Object.entries(applied.headers)) {
      parts.push("-H", keyWord(`${name}: ${value}`));
    }
    for (const name of Object.keys(applied.query)) {
      target = keyWord(`${withQuery(url, name)}${KEY_VAR}`);
    }
  }
  for (const [name, value] of Object.entries(headers)) {
    parts.push("-H", dq(`${name}: ${value}`));
  }
  if (body !== undefined && body !== "") parts.push("--data-raw", dq(body));
  parts.push(target);
  return parts.join(" ");
}
