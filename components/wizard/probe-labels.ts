import type { ProbeResult } from "@/lib/diagnosis/evidence";

/** Where a probe put the key, in a few words ("Bearer header", "x-api-key header"). */
function placement(p: ProbeResult): string {
  const a = p.auth;
  if (!a) return "no key";
  switch (a.placement) {
    case "bearer":
      return "Bearer header";
    case "authorization":
      return "raw Authorization header";
    case "basic":
      return "Basic auth";
    case "header":
      return `${a.name ?? "X-API-Key"} header`;
    case "query":
      return `?${a.name ?? "key"}= in the URL`;
  }
}

/** A human label for a probe: never its variant id. */
export function probeLabel(p: ProbeResult): string {
  switch (p.variant) {
    case "as-sent":
      return `As you sent it (${placement(p)})`;
    case "no-credential":
      return "No key";
    case "cleaned":
      return `Cleaned key (${placement(p)})`;
    default: {
      const text = placement(p);
      // A header name is spelled as it is sent: "Apikey header" would name a header nobody reads.
      if (p.auth?.placement === "header") return text;
      return text.charAt(0).toUpperCase() + text.slice(1);
    }
  }
}

/** The body as a person reads it: JSON indented, anything else as it came. */
export function prettyBody(p: ProbeResult): string {
  if (p.outcome.kind !== "response") return "";
  const o = p.outcome;
  if (o.bodyJson !== undefined) {
    try {
      return JSON.stringify(o.bodyJson, null, 2);
    } catch {
      return o.bodyExcerpt;
    }
  }
  const text = o.bodyExcerpt.trim();
  if (/^[[{]/.test(text)) {
    try {
      return JSON.stringify(JSON.parse(text), null, 2);
    } catch {
      // An excerpt cut mid-JSON cannot be parsed: indent it as far as it goes.
      return indentJson(text);
    }
  }
  return o.bodyExcerpt;
}

/** Indents JSON text by its brackets and commas, strings left alone; for cut-off JSON. */
export function indentJson(text: string): string {
  let out = "";
  let depth = 0;
  let inString = false;
  let escaped = false;
  const newline = () => `\n${"  ".repeat(Math.max(depth, 0))}`;
  for (const ch of text) {
    if (inString) {
      out += ch;
      if (escaped) escaped = false;
      else if (ch === "\\") escaped = true;
      else if (ch === '"') inString = false;
    } else if (ch === '"') {
      inString = true;
      out += ch;
    } else if (ch === "{" || ch === "[") {
      depth += 1;
      out += ch + newline();
    } else if (ch === "}" || ch === "]") {
      depth -= 1;
      out += newline() + ch;
    } else if (ch === ",") {
      out += ch + newline();
    } else if (ch === ":") {
      out += ": ";
    } else if (!/\s/.test(ch)) {
      out += ch;
    }
  }
  return out;
}

/** Seconds with one decimal under 10 s, whole seconds above: "0.4 s", "12 s". */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}
