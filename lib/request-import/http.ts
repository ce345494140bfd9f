import { assemble, type RawRequest } from "./assemble";
import type { ImportResult } from "./types";
import { markVariable } from "./variables";

const REQUEST_LINE = /^\s*([A-Z]+)\s+(\S+)(?:\s+HTTP\/\d(?:\.\d)?)?\s*$/;

/** `$NAME`, `${NAME}` and the `{{name}}` of .http files are variables, not values. */
function markVariables(text: string): string {
  return text.replace(/\$\{(\w+)\}|\$(\w+)|\{\{\s*([\w.$-]+)\s*\}\}/g, (_m, a, b, c) =>
    markVariable(a ?? b ?? c),
  );
}

/** A raw HTTP/1.1 request, as in a browser's network panel or an .http file. */
export function importHttp(text: string): ImportResult {
  const lines = markVariables(text.trimStart()).split(/\r?\n/);
  const match = REQUEST_LINE.exec(lines[0] ?? "");
  if (!match) return { ok: false, error: "The first line should be like GET /path HTTP/1.1." };
  const raw: RawRequest = { format: "http", url: "", method: match[1], headers: [], notes: [] };
  let i = 1;
  for (; i < lines.length; i += 1) {
    const line = lines[i] ?? "";
    if (line.trim() === "") break;
    const colon = line.indexOf(":");
    if (colon > 0) raw.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  const body = lines
    .slice(i + 1)
    .join("\n")
    .trim();
  if (body) raw.body = body;
  const target = match[2] ?? "";
  if (/^https?:\/\//i.test(target)) raw.url = target;
  else {
    const host = raw.headers.find(([n]) => n.toLowerCase() === "host")?.[1];
    if (!host)
      return { ok: false, error: "The request has no Host header, so the URL is unknown." };
    raw.url = `https://${host}${target.startsWith("/") ? "" : "/"}${target}`;
    raw.notes.push("The scheme was not in the request: https:// was assumed.");
  }
  return assemble(raw);
}
