import type { Report } from "@/lib/diagnosis/report";

/** The shown stand-in for a hidden path and query. */
export const HIDDEN_PATH = "/…";

/**
 * What a share carries: the report as the creator sees it (it already holds nothing
 * key-derived beyond fingerprint, length, preview and findings), optionally with the
 * endpoint's path and query hidden. Hiding replaces `target.path`, reduces redirect
 * locations to their origin, and removes the path wherever a sentence or an upstream
 * excerpt repeated it, since an internal path can be as telling as the host.
 */
export function shareableReport(report: Report, options: { hidePath: boolean }): Report {
  const copy = structuredClone(report);
  if (!options.hidePath) return copy;

  const needles = pathNeedles(report.target?.path);
  const scrub = (text: string) => {
    let out = text;
    for (const n of needles) out = out.split(n).join(HIDDEN_PATH);
    return out;
  };

  if (copy.target) copy.target.path = HIDDEN_PATH;
  for (const probe of copy.probes) {
    const outcome = probe.outcome;
    if (outcome.kind !== "response" || !outcome.redirect) continue;
    outcome.redirect.location = originOnly(outcome.redirect.location);
    if (outcome.headers.location !== undefined) {
      outcome.headers.location = originOnly(outcome.headers.location);
    }
  }
  return needles.length > 0 ? (deepMapStrings(copy, scrub) as Report) : copy;
}

/** The full path with query, then the path alone; "/" alone is not worth hiding. */
function pathNeedles(path: string | undefined): string[] {
  if (!path) return [];
  const pathname = path.split(/[?#]/, 1)[0] ?? "";
  return [...new Set([path, pathname])]
    .filter((p) => p.length > 1 && p !== HIDDEN_PATH)
    .sort((a, b) => b.length - a.length);
}

function originOnly(location: string): string {
  try {
    return `${new URL(location).origin}${HIDDEN_PATH}`;
  } catch {
    return HIDDEN_PATH;
  }
}

function deepMapStrings(value: unknown, map: (s: string) => string): unknown {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((v) => deepMapStrings(v, map));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepMapStrings(v, map)]));
  }
  return value;
}
