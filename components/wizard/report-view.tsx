import type { ReactNode } from "react";
import { LocalTime } from "@/components/ui/local-time";
import type { Report } from "@/lib/diagnosis/report";
import { CauseCard, ConfirmedBadge } from "./cause-card";
import { CAUSE_NAMES } from "./cause-names";
import { CurlCommands } from "./curl-commands";
import { KeySummaryView } from "./key-summary-view";
import { ProbeTable } from "./probe-table";
import { confirmedBy, ruledOut, WEAK_CONFIDENCE } from "./report-v2";
import { RequestPath } from "./request-path";

type VerdictTone = "good" | "unsure" | "bad";

function verdictTone(id: Report["verdict"]["causeId"]): VerdictTone {
  if (id === "credentials_work") return "good";
  return id === "inconclusive" ? "unsure" : "bad";
}

const VERDICT_LABEL: Record<VerdictTone, string> = {
  good: "Result: the key works",
  unsure: "No clear cause yet",
  bad: "Most likely cause",
};

const TONE_CLASS: Record<VerdictTone, { border: string; text: string }> = {
  good: {
    border: "border-emerald-600 dark:border-emerald-500",
    text: "text-emerald-800 dark:text-emerald-300",
  },
  unsure: {
    border: "border-amber-500 dark:border-amber-400",
    text: "text-amber-800 dark:text-amber-300",
  },
  bad: { border: "border-red-600 dark:border-red-400", text: "text-red-800 dark:text-red-300" },
};

/**
 * The report. Rendered by the wizard (with actions) and, read-only, by the share page, so it
 * takes nothing but the report: everything in a report is already safe to show. The answer
 * comes first: the verdict, the top cause with its fix, and the command that works fit the
 * first screen; the other causes, the evidence and the key follow.
 */
export function ReportView({
  report,
  readOnly = false,
  actions,
  extraHeaders,
  endpoint,
}: {
  report: Report;
  readOnly?: boolean;
  actions?: ReactNode;
  /** Request headers the user set (wizard only) so the curl commands match what was sent. */
  extraHeaders?: Record<string, string>;
  /** The endpoint as typed (wizard only), for the query parameters the report leaves out. */
  endpoint?: string;
}) {
  const asSent = report.probes.find((p) => p.variant === "as-sent");
  const tone = verdictTone(report.verdict.causeId);
  const [top, ...rest] = report.causes;
  const strong = rest.filter((c) => c.confidence >= WEAK_CONFIDENCE);
  const weak = rest.filter((c) => c.confidence < WEAK_CONFIDENCE);
  const ruled = ruledOut(report);
  const n = report.probes.length;
  const topConfirmed = top ? confirmedBy(top, n) : undefined;
  return (
    <article
      className="flex min-w-0 flex-col gap-5"
      data-testid="report"
      data-verdict={report.verdict.causeId}
    >
      {/* The headline is the verdict; its evidence and fix are the #1 card right below. The
          verdict's summary repeats that card's first lines word for word, so it is not shown. */}
      <header className={`flex flex-col gap-1 border-l-4 pl-3 sm:pl-4 ${TONE_CLASS[tone].border}`}>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className={`font-semibold ${TONE_CLASS[tone].text}`} data-testid="verdict-label">
            {VERDICT_LABEL[tone]}
          </span>
          {top?.id === report.verdict.causeId ? <ConfirmedBadge by={topConfirmed} /> : null}
        </p>
        <h2
          tabIndex={-1}
          data-report-heading=""
          className="text-lg font-bold text-balance sm:text-2xl"
        >
          {report.verdict.headline}
        </h2>
        <p className="text-xs break-words text-zinc-700 sm:text-sm dark:text-zinc-300">
          {report.target
            ? `${report.target.method} ${report.target.origin}${report.target.path}`
            : "Inspection only: no request was sent upstream."}
          {report.provider ? ` · ${report.provider.name}` : ""} ·{" "}
          <LocalTime iso={report.createdAt} />
        </p>
      </header>
      <section aria-label="Causes, most likely first" className="flex flex-col gap-3">
        <h3 className="sr-only">Causes, most likely first</h3>
        {top ? (
          <ol className="flex flex-col gap-3">
            <CauseCard
              cause={top}
              rank={1}
              confirmedBy={topConfirmed}
              afterFix={
                <CurlCommands report={report} extraHeaders={extraHeaders} endpoint={endpoint} />
              }
            />
          </ol>
        ) : (
          <CurlCommands report={report} extraHeaders={extraHeaders} endpoint={endpoint} />
        )}
        {!readOnly && actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
        {strong.length > 0 ? (
          <>
            <h3 className="text-lg font-semibold">Other possible causes</h3>
            <ol className="flex flex-col gap-3">
              {strong.map((c, i) => (
                <CauseCard key={c.id} cause={c} rank={i + 2} confirmedBy={confirmedBy(c, n)} />
              ))}
            </ol>
          </>
        ) : null}
        {weak.length > 0 ? (
          <details className="rounded-lg border border-zinc-300 p-3 dark:border-zinc-700">
            <summary className="cursor-pointer font-semibold">Less likely ({weak.length})</summary>
            <ol className="mt-3 flex flex-col gap-3">
              {weak.map((c, i) => (
                <CauseCard
                  key={c.id}
                  cause={c}
                  rank={strong.length + i + 2}
                  confirmedBy={confirmedBy(c, n)}
                />
              ))}
            </ol>
          </details>
        ) : null}
        {ruled.length > 0 ? (
          <details
            className="rounded-lg border border-zinc-300 p-3 dark:border-zinc-700"
            data-testid="ruled-out"
          >
            <summary className="cursor-pointer font-semibold">Ruled out ({ruled.length})</summary>
            <ul className="mt-2 flex list-disc flex-col gap-1 pl-5 text-sm break-words">
              {ruled.map((r) => (
                <li key={r.id} data-ruled-out={r.id}>
                  <span className="font-medium">{CAUSE_NAMES[r.id] ?? "Another cause"}</span>:{" "}
                  {r.because}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
      {report.probes.length > 0 ? <RequestPath asSent={asSent} /> : null}
      {report.probes.length > 0 ? <ProbeTable probes={report.probes} /> : null}
      <KeySummaryView summary={report.key} />
    </article>
  );
}
