import type { KeySummary } from "../inspect/inspection";
import type { ProviderId } from "../providers";
import type { CauseId } from "./cause-ids";
import type { ProbeResult } from "./evidence";

export const REPORT_VERSION = 1;

export interface Cause {
  id: CauseId;
  /** 0..1 */
  confidence: number;
  title: string;
  /** Sentences a person reads; no more of the key than the preview. */
  evidence: string[];
  /** Concrete steps, provider-specific where known. */
  fix: string[];
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
  verdict: Verdict;
}
