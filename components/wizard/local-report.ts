import { buildReport } from "@/lib/diagnosis";
import type { Evidence } from "@/lib/diagnosis/evidence";
import type { Report } from "@/lib/diagnosis/report";
import { inspectKey, summarizeKey } from "@/lib/inspect";
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
  const check = request.environment?.fingerprintCheck;
  if (request.environment) {
    evidence.environment = {
      ...request.environment,
      ...(check
        ? { fingerprintCheck: { ...check, matches: check.printed === key.fingerprint } }
        : {}),
    };
  }
  return buildReport(evidence, new Date(now).toISOString());
}
