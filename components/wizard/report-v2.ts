import type { CauseId } from "@/lib/diagnosis/cause-ids";
import type { Cause, Report } from "@/lib/diagnosis/report";

/**
 * Report version 2 adds `confirmed` / `confirmedBy` to each cause and a `ruledOut` list.
 * Shared links made before it hold version 1, so every read here treats them as optional.
 */
type MaybeConfirmed = Cause & { confirmed?: unknown; confirmedBy?: unknown };

/** The 1-based request number that proved the cause, when the report says so. */
export function confirmedBy(cause: Cause, probes: number): number | undefined {
  const c = cause as MaybeConfirmed;
  if (c.confirmed !== true) return undefined;
  const n = c.confirmedBy;
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= probes ? n : 0;
}

export interface RuledOut {
  id: CauseId;
  because: string;
}

export function ruledOut(report: Report): RuledOut[] {
  const list = (report as Report & { ruledOut?: unknown }).ruledOut;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (r): r is RuledOut =>
      typeof r === "object" &&
      r !== null &&
      typeof (r as RuledOut).id === "string" &&
      typeof (r as RuledOut).because === "string",
  );
}

/** Below this, a cause is listed under "Less likely" rather than in the main list. */
export const WEAK_CONFIDENCE = 0.3;
