/**
 * The report's requests as curl commands (the wizard and the CLI show the same ones): the
 * failing request as it was sent, stray characters included; the request that worked;
 * or, when nothing worked, the request the top cause's fix names, marked "not yet tried".
 * Pure: `$API_KEY` stands for the key, which never appears in a command.
 */

import type { ProbeResult } from "../diagnosis/evidence";
import type { Report } from "../diagnosis/report";
import { isSuccess, sameAnswer } from "../diagnosis/rule-support/probe-lookups";
import type { Finding } from "../inspect/inspection";
import { getProvider, sameAuth } from "../providers";
import { isCredentialParam } from "../request-import/credential";
import { buildCurl } from "./curl";

export interface ReportCurl {
  /** `suggested`: nothing worked; the request the top cause's fix names, not yet tried. */
  kind: "failing" | "working" | "suggested";
  /** The probe it repeats (absent for a suggestion). */
  probe?: ProbeResult;
  /** 1-based index into `report.probes` ("request N"). */
  request?: number;
  /** A short heading. */
  label: string;
  command: string;
  /** A sentence to read with the command (what $API_KEY must hold, what differs). */
  note?: string;
}

const response = (p: ProbeResult | undefined) =>
  p?.outcome.kind === "response" ? p.outcome : undefined;

/** Kinds of characters inspection reports around a key that bash's $'…' can spell. */
const EDGE_KINDS = new Set([
  "leading_whitespace",
  "trailing_whitespace",
  "line_break",
  "tab",
  "zero_width",
  "bom",
  "unicode_space",
  "control_char",
  "surrounding_quotes",
  "scheme_prefix",
]);

/** The characters a finding covers, rebuilt from its label ("2 × U+0020 SPACE", "CR LF"). */
function charactersOf(f: Finding): string | undefined {
  if (f.kind === "scheme_prefix") {
    const word = /^"([A-Za-z]+)"/.exec(f.label)?.[1];
    return word ? `${word} ` : undefined;
  }
  if (f.label === "CR LF") return "\r\n".repeat(Math.max(1, f.length / 2));
  const m = /^(?:(\d+) × )?U\+([0-9A-F]{4,6})\b/.exec(f.label);
  if (!m) return undefined;
  const ch = String.fromCodePoint(Number.parseInt(m[2]!, 16));
  const count = m[1] ? Number(m[1]) : f.length;
  return ch.repeat(count);
}

interface Affix {
  before: string;
  after: string;
  /** Findings inside the key that no command line can place around `$API_KEY`. */
  inner: Finding[];
}

/** What was pasted around the clean key, from the findings at either end. */
export function strayAffix(findings: readonly Finding[], length: number): Affix {
  const sorted = [...findings].sort((a, b) => a.index - b.index);
  let before = "";
  let at = 0;
  const used = new Set<Finding>();
  for (const f of sorted) {
    if (f.index !== at || !EDGE_KINDS.has(f.kind)) break;
    const chars = charactersOf(f);
    if (chars === undefined) break;
    before += chars;
    at += f.length;
    used.add(f);
  }
  let after = "";
  let end = length;
  for (const f of [...sorted].reverse()) {
    if (used.has(f) || f.index + f.length !== end || !EDGE_KINDS.has(f.kind)) break;
    const chars = charactersOf(f);
    if (chars === undefined) break;
    after = chars + after;
    end = f.index;
    used.add(f);
  }
  const inner = sorted.filter((f) => !used.has(f) && EDGE_KINDS.has(f.kind));
  return { before, after, inner };
}

/** Causes whose fix is the same request with the cleaned key. */
const CLEANUP_CAUSES = new Set(["key_whitespace", "key_quotes", "key_scheme_prefix"]);
/** Causes whose fix is the key where the provider reads it. */
const PLACEMENT_CAUSES = new Set([
  "wrong_auth_header",
  "credentials_not_received",
  "gateway_rejected",
]);

/** The request that proved the key works: the top cause's proof, else a success the baseline did not get. */
function workingProbe(report: Report): ProbeResult | undefined {
  const proof = report.causes.find((c) => c.confirmedBy !== undefined)?.confirmedBy;
  if (proof !== undefined && report.probes[proof - 1]) return report.probes[proof - 1];
  const baseline = response(report.probes.find((p) => p.variant === "no-credential"));
  const proves = (p: ProbeResult) => {
    const res = response(p);
    if (!isSuccess(res)) return false;
    return !(baseline && isSuccess(baseline) && sameAnswer(baseline, res));
  };
  const asSent = report.probes.find((p) => p.variant === "as-sent");
  if (asSent && isSuccess(response(asSent))) return asSent;
  return report.probes.find((p) => p.variant !== "no-credential" && p.auth && proves(p));
}

/**
 * The query string of the endpoint the user typed (the report keeps none: a query may carry
 * a key), without credential-like parameters, so a command keeps `?api-version=…` and the
 * like. Only when the typed URL is the report's target; otherwise nothing.
 */
function plainQuery(endpoint: string | undefined, origin: string, path: string): string {
  if (!endpoint) return "";
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return "";
  }
  if (url.origin !== origin || url.pathname !== path) return "";
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    if (!isCredentialParam(name)) kept.append(name, value);
  }
  const query = kept.toString();
  return query === "" ? "" : `?${query}`;
}

/** The failing (as-sent) request and the working one, or the suggested fix, as curl with `$API_KEY`. */
export function reportCurls(
  report: Report,
  extraHeaders: Record<string, string> = {},
  endpoint?: string,
): ReportCurl[] {
  if (!report.target) return [];
  const { origin, path, method } = report.target;
  const provider = report.provider ? getProvider(report.provider.id) : undefined;
  const headers = { ...(provider?.requiredHeaders ?? {}), ...extraHeaders };
  const url = `${origin}${path}${plainQuery(endpoint, origin, path)}`;
  const number = (p: ProbeResult) => report.probes.indexOf(p) + 1;
  const out: ReportCurl[] = [];
  const affix = strayAffix(report.key.findings, report.key.length);
  const hasStray = affix.before !== "" || affix.after !== "";

  const asSent = report.probes.find((p) => p.variant === "as-sent");
  const working = workingProbe(report);
  if (asSent && asSent !== working) {
    const inner =
      affix.inner.length > 0
        ? ` The key as pasted also holds ${affix.inner.length === 1 ? "a character" : `${affix.inner.length} characters`} inside it that a command line cannot show: put the key exactly as pasted in $API_KEY to see the same failure.`
        : "";
    out.push({
      kind: "failing",
      probe: asSent,
      request: number(asSent),
      label: "The request as you sent it (fails)",
      command: buildCurl({ method, url, auth: asSent.auth, headers, keyAffix: affix }),
      note: `${hasStray ? "The characters pasted around the key are written out with $'…', as they were sent; $API_KEY holds the key without them." : "$API_KEY holds the key as you pasted it."}${inner}`,
    });
  }
  if (working) {
    // Other placements are sent with the cleaned key whenever cleaning changed it.
    const cleaned =
      working.variant === "cleaned" ||
      (working.variant !== "as-sent" && working.description.includes("<cleaned key>"));
    out.push({
      kind: "working",
      probe: working,
      request: number(working),
      label: `A request that works (request ${number(working)}: ${working.description})`,
      command: buildCurl({ method, url, auth: working.auth, headers }),
      note: cleaned
        ? "$API_KEY holds the cleaned key: trimmed, without the hidden characters, quotes or scheme word."
        : "$API_KEY holds the key as you pasted it.",
    });
    return out;
  }

  // Nothing worked: the request the top cause's fix names, clearly not yet tried.
  const top = report.causes[0];
  if (!top || top.id === "endpoint_unreachable" || top.id === "credentials_work") return out;
  let auth = asSent?.auth ?? provider?.auth;
  let note = "Not yet tried: the same request with a new or active key in $API_KEY.";
  if (CLEANUP_CAUSES.has(top.id) || (top.id === "key_placeholder" && hasStray)) {
    note =
      "Not yet tried: the same request with the cleaned key in $API_KEY (no stray characters).";
  } else if (top.id === "key_placeholder") {
    note = "Not yet tried: the same request with the real key's value in $API_KEY.";
  } else if (PLACEMENT_CAUSES.has(top.id) && provider && !(auth && sameAuth(auth, provider.auth))) {
    auth = provider.auth;
    note = `Not yet tried: the key where ${provider.name} reads it.`;
  }
  if (!auth) return out;
  out.push({
    kind: "suggested",
    label: "The request the fix names (not yet tried)",
    command: buildCurl({ method, url, auth, headers }),
    note,
  });
  return out;
}
