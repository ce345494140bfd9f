import type { ProbeResult } from "@/lib/diagnosis/evidence";
import type { Report } from "@/lib/diagnosis/report";
import { getProvider } from "@/lib/providers";
import { buildCurl } from "./curl";

const ok = (p: ProbeResult) =>
  p.outcome.kind === "response" && p.outcome.status >= 200 && p.outcome.status < 300;

export interface ReportCurl {
  kind: "failing" | "working";
  probe: ProbeResult;
  command: string;
}

/** The failing (as-sent) and the first working request of a report, as curl with `$API_KEY`. */
export function reportCurls(
  report: Report,
  extraHeaders: Record<string, string> = {},
): ReportCurl[] {
  if (!report.target) return [];
  const { origin, path, method } = report.target;
  const required = report.provider ? getProvider(report.provider.id).requiredHeaders : {};
  const headers = { ...required, ...extraHeaders };
  const curl = (probe: ProbeResult) =>
    buildCurl({ method, url: `${origin}${path}`, auth: probe.auth, headers });
  const out: ReportCurl[] = [];
  const asSent = report.probes.find((p) => p.variant === "as-sent");
  if (asSent && !ok(asSent)) out.push({ kind: "failing", probe: asSent, command: curl(asSent) });
  const working =
    (asSent && ok(asSent) ? asSent : undefined) ??
    report.probes.find((p) => p.variant !== "no-credential" && p.auth && ok(p));
  if (working) out.push({ kind: "working", probe: working, command: curl(working) });
  return out;
}
