import { buildReport } from "@/lib/diagnosis";
import type { EnvironmentEvidence, Evidence } from "@/lib/diagnosis/evidence";
import type { Report } from "@/lib/diagnosis/report";
import { inspectKey, judgeFingerprint, summarizeKey } from "@/lib/inspect";
import { providersForKey, resolveAuth } from "@/lib/providers";
import type { DiagnoseRequest } from "./diagnose-client";

/**
 * The inspection-only report, built in the browser: with no endpoint there is nothing to send,
 * and the inspection and the ranking are the same pure code the server runs, so the key does
 * not need to leave the page at all. Loaded on demand.
 */
export async function localReport(request: DiagnoseRequest, now: number): Promise<Report> {
  const inspection = inspectKey(request.key);
  const key = await summarizeKey(request.key, inspection, now);
  const evidence: Evidence = {
    inspection,
    key,
    providerSource: request.provider ? "explicit" : "none",
    keyProviders: providersForKey(inspection.cleaned),
    auth: resolveAuth(request.provider, request.auth ?? { placement: "auto" }),
    probes: [],
    now,
  };
  if (request.provider) evidence.providerId = request.provider;
  const env = request.environment;
  if (env) {
    // Judged as the server judges it: from what was printed, against every form of the key.
    const { fingerprintCheck: check, echo } = env;
    const environment: EnvironmentEvidence = {};
    if (echo) environment.echo = echo;
    if (check) {
      const judged = await judgeFingerprint(request.key, inspection.cleaned, check.printed);
      environment.fingerprintCheck = { printed: check.printed, ...judged };
      if (check.source !== undefined) environment.fingerprintCheck.source = check.source;
    }
    evidence.environment = environment;
  }
  return buildReport(evidence, new Date(now).toISOString());
}
