import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { withLocalTimes } from "@/components/ui/local-time";
import type { Cause } from "@/lib/diagnosis/report";

/** "Confirmed by request N": the test request that proved the cause, numbered as in the table. */
export function ConfirmedBadge({ by }: { by: number | undefined }) {
  if (by === undefined) return null;
  return (
    <span data-testid="confirmed-badge">
      <Badge tone="good">{by > 0 ? `Confirmed by request ${by}` : "Confirmed by a request"}</Badge>
    </span>
  );
}

/**
 * One ranked cause, the fix before the evidence: the reader came for the fix. The root
 * carries data-cause: tests and the share page rely on it.
 */
export function CauseCard({
  cause,
  rank,
  confirmedBy,
  afterFix,
}: {
  cause: Cause;
  rank: number;
  confirmedBy?: number;
  /** Shown between the fix and the evidence: the top cause's working command. */
  afterFix?: ReactNode;
}) {
  const percent = Math.round(cause.confidence * 100);
  const top = rank === 1;
  return (
    <li
      data-cause={cause.id}
      className={`flex min-w-0 flex-col gap-2 rounded-lg border p-3 sm:p-4 ${
        top ? "border-blue-700 dark:border-blue-400" : "border-zinc-300 dark:border-zinc-700"
      }`}
    >
      <div className="flex flex-col gap-1">
        <h4 className="text-base font-semibold">
          <span className="text-zinc-700 dark:text-zinc-300">#{rank} </span>
          {cause.title}
        </h4>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span
            className="h-2 w-24 shrink-0 overflow-hidden rounded bg-zinc-200 sm:w-32 dark:bg-zinc-800"
            aria-hidden="true"
          >
            <span
              className="block h-full bg-blue-700 dark:bg-blue-400"
              style={{ width: `${percent}%` }}
            />
          </span>
          <span className="whitespace-nowrap">{percent}% confidence</span>
          <ConfirmedBadge by={confirmedBy} />
        </div>
      </div>
      {cause.fix.length > 0 ? (
        <div data-testid={top ? "top-fix" : undefined}>
          <h5 className="text-sm font-semibold">
            {cause.id === "credentials_work" ? "What to do next" : "How to fix it"}
          </h5>
          <ol className="flex list-decimal flex-col gap-1 pl-5 text-sm break-words">
            {cause.fix.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ol>
        </div>
      ) : null}
      {afterFix}
      {cause.evidence.length > 0 ? (
        <div>
          <h5 className="text-sm font-semibold">What we saw</h5>
          <ul className="flex list-disc flex-col gap-1 pl-5 text-sm break-words">
            {cause.evidence.map((e) => (
              <li key={e}>{withLocalTimes(e)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
