import { CAUSE_IDS } from "@/lib/diagnosis/cause-ids";
import { REPORT_VERSION, type StoredReport } from "@/lib/diagnosis/report";

const causeIds = new Set<string>(CAUSE_IDS);

function isCause(c: Record<string, unknown>, version: number): boolean {
  if (!c || typeof c.id !== "string" || !causeIds.has(c.id)) return false;
  const common =
    typeof c.title === "string" &&
    typeof c.confidence === "number" &&
    Array.isArray(c.evidence) &&
    Array.isArray(c.fix);
  if (!common || version === 1) return common;
  return (
    typeof c.confirmed === "boolean" &&
    (c.confirmedBy === undefined ||
      (typeof c.confirmedBy === "number" && Number.isInteger(c.confirmedBy) && c.confirmedBy >= 1))
  );
}

function isRuledOut(r: Record<string, unknown>): boolean {
  return !!r && typeof r.id === "string" && causeIds.has(r.id) && typeof r.because === "string";
}

/**
 * The decrypted value is authenticated (only a key holder could have written it), but it
 * is still data from outside this page: check the shape the report view relies on
 * before rendering, so a malformed or future-version share gives a message, not a crash.
 * Version-1 shares (before `confirmed` and `ruledOut`) still open: read them with
 * `upgradeReport`.
 */
export function isShareableReport(value: unknown): value is StoredReport {
  if (!value || typeof value !== "object") return false;
  const r = value as Record<string, unknown>;
  const verdict = r.verdict as Record<string, unknown> | undefined;
  const key = r.key as Record<string, unknown> | undefined;
  const version = r.version;
  if (version !== 1 && version !== REPORT_VERSION) return false;
  return (
    typeof r.createdAt === "string" &&
    Array.isArray(r.probes) &&
    Array.isArray(r.causes) &&
    r.causes.every((c: Record<string, unknown>) => isCause(c, version)) &&
    (version === 1 ||
      (Array.isArray(r.ruledOut) &&
        r.ruledOut.every((x: Record<string, unknown>) => isRuledOut(x)))) &&
    !!verdict &&
    typeof verdict.headline === "string" &&
    typeof verdict.summary === "string" &&
    !!key &&
    (key.fingerprint === null || typeof key.fingerprint === "string") &&
    Array.isArray(key.findings) &&
    (r.target === null || typeof r.target === "object") &&
    (r.provider === null || typeof r.provider === "object")
  );
}
