import { parse } from "shell-quote";
import { assemble, type RawRequest } from "./assemble";
import type { ImportResult } from "./types";
import { markVariable } from "./variables";

/** Options that take a value and change nothing we reproduce (output, timing, TLS files). */
const IGNORED_WITH_VALUE = new Set([
  "-o",
  "--output",
  "-m",
  "--max-time",
  "--connect-timeout",
  "-w",
  "--write-out",
  "--retry",
  "--retry-delay",
  "--retry-max-time",
  "--cacert",
  "--capath",
  "-E",
  "--cert",
  "--key",
  "--cert-type",
  "--key-type",
  "-K",
  "--config",
  "--resolve",
  "--connect-to",
  "--limit-rate",
  "-c",
  "--cookie-jar",
  "-D",
  "--dump-header",
  "--trace",
  "--trace-ascii",
  "--max-redirs",
  "-r",
  "--range",
  "-z",
  "--time-cond",
  "--interface",
  "--dns-servers",
  "--unix-socket",
]);

const DATA_OPTIONS = new Set([
  "-d",
  "--data",
  "--data-raw",
  "--data-binary",
  "--data-ascii",
  "--data-urlencode",
]);

/** Long options with a value, and their short form where curl has one. */
const WITH_VALUE: Record<string, string> = {
  "-X": "method",
  "--request": "method",
  "-H": "header",
  "--header": "header",
  "-u": "user",
  "--user": "user",
  "--url": "url",
  "-A": "agent",
  "--user-agent": "agent",
  "-e": "referer",
  "--referer": "referer",
  "-b": "cookie",
  "--cookie": "cookie",
  "--json": "json",
  "--oauth2-bearer": "bearer",
  "-F": "form",
  "--form": "form",
  "-x": "proxy",
  "--proxy": "proxy",
  "-T": "upload",
  "--upload-file": "upload",
};

/** Short options that take a value (so `-sSX POST` and `-XPOST` split correctly). */
const SHORT_WITH_VALUE = new Set("XHudAebFxTomwEKcDrzC".split(""));

/** The words of a shell command, variables kept as markers; stops at a pipe or `&&`. */
function words(command: string): string[] {
  // A backslash-newline is a line continuation; Windows cmd's `^` at a line end is the same.
  // A single-line field drops the line breaks, leaving "\  -H": that is a continuation too.
  const joined = command
    .replace(/\\\r?\n/g, " ")
    .replace(/\^\r?\n/g, " ")
    .replace(/(^|\s)\\[ \t]+(?=-)/g, " ");
  const out: string[] = [];
  for (const entry of parse(joined, (name) => markVariable(name))) {
    if (typeof entry === "string") out.push(entry);
    else if ("op" in entry && entry.op === "glob") out.push(entry.pattern);
    else if ("op" in entry) break;
  }
  return out;
}

/** `-sSXPOST` is `-s -S -X POST`, and `--header=x` is `--header x`. */
function expandOption(arg: string): string[] | undefined {
  if (/^--[a-z0-9-]+=/.test(arg)) {
    const eq = arg.indexOf("=");
    return [arg.slice(0, eq), arg.slice(eq + 1)];
  }
  if (!/^-[A-Za-z]./.test(arg)) return undefined;
  const out: string[] = [];
  for (let i = 1; i < arg.length; i += 1) {
    const letter = arg[i] ?? "";
    out.push(`-${letter}`);
    if (SHORT_WITH_VALUE.has(letter)) {
      if (i + 1 < arg.length) out.push(arg.slice(i + 1));
      break;
    }
  }
  return out;
}

function splitHeader(line: string): [string, string] | undefined {
  const colon = line.indexOf(":");
  if (colon <= 0) return undefined;
  // Only the space after the colon goes: a trailing space or line break in a key is kept.
  return [line.slice(0, colon).trim(), line.slice(colon + 1).replace(/^[ \t]+/, "")];
}

/** A curl command, as pasted from a terminal, the docs or a browser's "Copy as cURL". */
export function importCurl(text: string): ImportResult {
  let args: string[];
  try {
    args = words(text.trim().replace(/^\$\s+/, "")).slice(1);
  } catch {
    return { ok: false, error: "This curl command could not be read: check its quotes." };
  }
  const raw: RawRequest = { format: "curl", url: "", headers: [], notes: [] };
  const data: string[] = [];
  let toQuery = false;
  let head = false;
  for (let i = 0; i < args.length; i += 1) {
    const split = expandOption(args[i] ?? "");
    if (split) args.splice(i, 1, ...split);
    const arg = args[i] ?? "";
    const value = () => {
      i += 1;
      return args[i] ?? "";
    };
    if (DATA_OPTIONS.has(arg)) {
      const d = value();
      if (d.startsWith("@") && arg !== "--data-raw") {
        raw.notes.push(`${arg} ${d} reads a file we cannot see: paste the body instead.`);
      } else data.push(arg === "--data-urlencode" ? encodeData(d) : d);
      continue;
    }
    const kind = WITH_VALUE[arg];
    if (kind) {
      const v = value();
      if (kind === "method") raw.method = v;
      else if (kind === "header") {
        const h = splitHeader(v);
        if (h) raw.headers.push(h);
      } else if (kind === "user") raw.user = v;
      else if (kind === "url") raw.url ||= v;
      else if (kind === "agent") raw.headers.push(["User-Agent", v]);
      else if (kind === "referer") raw.headers.push(["Referer", v]);
      else if (kind === "cookie") {
        if (v.includes("=")) raw.headers.push(["Cookie", v]);
        else raw.notes.push("The cookie file was left out: we cannot read files.");
      } else if (kind === "json") {
        data.push(v);
        raw.headers.push(["Content-Type", "application/json"], ["Accept", "application/json"]);
      } else if (kind === "bearer") raw.bearer = v;
      else if (kind === "form") raw.notes.push("Multipart form fields (-F) were left out.");
      else if (kind === "proxy") raw.notes.push("The proxy was left out: we send directly.");
      else if (kind === "upload") raw.notes.push("The uploaded file (-T) was left out.");
      continue;
    }
    if (IGNORED_WITH_VALUE.has(arg)) {
      i += 1;
      continue;
    }
    if (arg === "-G" || arg === "--get") toQuery = true;
    else if (arg === "-I" || arg === "--head") head = true;
    else if (arg.startsWith("-") && arg.length > 1) continue;
    else if (!raw.url) raw.url = arg;
  }
  if (head) raw.method ??= "HEAD";
  if (data.length) {
    const joined = data.join("&");
    if (toQuery) {
      raw.url += (raw.url.includes("?") ? "&" : "?") + joined;
    } else {
      raw.body = joined;
      if (!raw.headers.some(([n]) => n.toLowerCase() === "content-type")) {
        // What curl itself sends with -d.
        raw.headers.push(["Content-Type", "application/x-www-form-urlencoded"]);
      }
    }
  }
  return assemble(raw);
}

/** `--data-urlencode name=value` encodes the value part only, as curl does. */
function encodeData(d: string): string {
  const eq = d.indexOf("=");
  if (eq < 0) return encodeURIComponent(d);
  return `${d.slice(0, eq + 1)}${encodeURIComponent(d.slice(eq + 1))}`;
}
