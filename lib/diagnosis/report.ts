import type { KeySummary } from "../inspect/inspection";
import type { ProviderId } from "../providers";
import type { CauseId } from "./cause-ids";
import type { ProbeResult } from "./evidence";

export const REPORT_VERSION = 2;

export interface Cause {
  id: CauseId;
  /** 0..1 */
  confidence: number;
  /**
   * True only when a request of this run proved the cause: a placement or a cleaning
   * worked where the key as sent failed, and the no-credential baseline did not.
   */
  confirmed: boolean;
  /** 1-based index into `report.probes` of the request that proved it ("Confirmed by request N"). */
  confirmedBy?: number;
  title: string;
  /** Sentences a person reads; no more of the key than the preview. */
  evidence: string[];
  /** Concrete steps, provider-specific where known. */
  fix: string[];
}

/** A cause a request of this run disproved; it appears nowhere in `causes`. */
export interface RuledOut {
  id: CauseId;
  /** One sentence: which request disproved it and how. */
  because: string;
}

export interface Verdict {
  /** The top cause id. */
  causeId: CauseId;
  headline: string;
  summary: string;
}

/** The report (see docs/diagnosis.md, "The report"). Everything in it is safe to show, log, or share. */
export interface Report {
  version: typeof REPORT_VERSION;
  createdAt: string;
  target: { origin: string; path: string; method: string } | null;
  provider: { id: ProviderId; name: string; source: "explicit" | "host" | "none" } | null;
  key: KeySummary;
  probes: ProbeResult[];
  causes: Cause[];
  ruledOut: RuledOut[];
  verdict: Verdict;
}

/** A version-1 report, as shares created before `confirmed` and `ruledOut` hold it. */
export interface ReportV1 extends Omit<Report, "version" | "causes" | "ruledOut"> {
  version: 1;
  causes: Omit<Cause, "confirmed" | "confirmedBy">[];
}

/** Any report a share may hold. */
export type StoredReport = Report | ReportV1;

/** A version-1 report read as version 2: nothing in it was confirmed or ruled out. */
export function upgradeReport(report: StoredReport): Report {
  if (report.version === REPORT_VERSION) return report;
  return {
    ...report,
    version: REPORT_VERSION,
    causes: report.causes.map((c) => ({ ...c, confirmed: false })),
    ruledOut: [],
  };
}
