import { CAUSE_IDS } from "@/lib/diagnosis/cause-ids";
import { REPORT_VERSION, type Report } from "@/lib/diagnosis/report";

const causeIds = new Set<string>(CAUSE_IDS);

/**
 * The decrypted value is authenticated (only a key holder could have written it), but it
 * is still data from outside this page: check the shape the report view relies on
 * before rendering, so a malformed or future-version share gives a message, not a crash.
 */
export function isShareableReport(value: unknown): value is Report {
  if (!value || typeof value !== "object") return false;
  const r = value as Record<string, unknown>;
  const verdict = r.verdict as Record<string, unknown> | undefined;
  const key = r.key as Record<string, unknown> | undefined;
  return (
    r.version === REPORT_VERSION &&
    typeof r.createdAt === "string" &&
    Array.isArray(r.probes) &&
    Array.isArray(r.causes) &&
    r.causes.every(
      (c: Record<string, unknown>) =>
        c &&
        typeof c.id === "string" &&
        causeIds.has(c.id) &&
        typeof c.title === "string" &&
        typeof c.confidence === "number" &&
        Array.isArray(c.evidence) &&
        Array.isArray(c.fix),
    ) &&
    !!verdict &&
    typeof verdict.headline === "string" &&
    typeof verdict.summary === "string" &&
    !!key &&
    typeof key.fingerprint === "string" &&
    Array.isArray(key.findings) &&
    (r.target === null || typeof r.target === "object") &&
    (r.provider === null || typeof r.provider === "object")
  );
}
