import { makeFinding, plural } from "./finding";
import type { Finding, FindingKind, Severity } from "./inspection";

/** More findings of one kind would drown the UI; the rest are summed up in one finding. */
export const MAX_PER_KIND = 20;

interface Overflow {
  index: number;
  count: number;
  severity: Severity;
}

/**
 * Collects findings with at most MAX_PER_KIND of each kind, so an adversarial paste (8 KB of
 * quotes, "Bearer " a thousand times) yields a readable list, not thousands of rows. `admit`
 * comes first so callers skip building labels for findings that would be dropped anyway.
 */
export class CappedFindings {
  private readonly counts = new Map<FindingKind, number>();
  private readonly overflow = new Map<FindingKind, Overflow>();

  constructor(private readonly out: Finding[]) {}

  /** Counts one occurrence; true while `kind` is under its cap (then push the finding). */
  admit(kind: FindingKind, index: number, severity: Severity): boolean {
    const seen = this.counts.get(kind) ?? 0;
    this.counts.set(kind, seen + 1);
    if (seen < MAX_PER_KIND) return true;
    const more = this.overflow.get(kind);
    if (more) more.count++;
    else this.overflow.set(kind, { index, count: 1, severity });
    return false;
  }

  push(finding: Finding): void {
    this.out.push(finding);
  }

  /** One "N more like this" finding per kind that went over its cap. */
  flush(): void {
    for (const [kind, { index, count, severity }] of this.overflow) {
      this.out.push(
        makeFinding(
          kind,
          index,
          1,
          severity,
          `${count} more like this`,
          `The same problem appears ${plural(count, "more time")} from character ${index + 1} on.`,
        ),
      );
    }
    this.overflow.clear();
  }
}
