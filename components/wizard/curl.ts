import type { ResolvedAuth } from "@/lib/providers/types";

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
  if (auth?.placement === "query") {
    target = `${dq(withQuery(url, auth.name ?? "key")).slice(0, -1)}${KEY_VAR}"`;
  }
  switch (auth?.placement) {
    case "bearer":
      parts.push("-H", `"Authorization: Bearer ${KEY_VAR}"`);
      break;
    case "authorization":
      parts.push("-H", `"Authorization: ${KEY_VAR}"`);
      break;
    case "header":
      parts.push("-H", `${dq(`${auth.name ?? "X-API-Key"}: `).slice(0, -1)}${KEY_VAR}"`);
      break;
    case "basic":
      parts.push("-u", `"${KEY_VAR}:"`);
      break;
    default:
      break;
  }
  for (const [name, value] of Object.entries(headers)) {
    parts.push("-H", dq(`${name}: ${value}`));
  }
  if (body !== undefined && body !== "") parts.push("--data-raw", dq(body));
  parts.push(target);
  return parts.join(" ");
}
