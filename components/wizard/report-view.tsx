import type { ReactNode } from "react";
import type { Report } from "@/lib/diagnosis/report";
import { CauseCard } from "./cause-card";
import { CurlCommands } from "./curl-commands";
import { KeySummaryView } from "./key-summary-view";
import { ProbeTable } from "./probe-table";
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
 * takes nothing but the report: everything in a report is already safe to show.
 */
export function ReportView({
  report,
  readOnly = false,
  actions,
  extraHeaders,
}: {
  report: Report;
  readOnly?: boolean;
  actions?: ReactNode;
  /** Request headers the user set (wizard only) so the curl commands match what was sent. */
  extraHeaders?: Record<string, string>;
}) {
  const asSent = report.probes.find((p) => p.variant === "as-sent");
  const tone = verdictTone(report.verdict.causeId);
  return (
    <article
      className="flex flex-col gap-6"
      data-testid="report"
      data-verdict={report.verdict.causeId}
    >
      {/* The headline is the verdict; its evidence and fix are the #1 card right below. The
          verdict's summary repeats that card's first lines word for word, so it is not shown. */}
      <header className={`flex flex-col gap-2 border-l-4 pl-4 ${TONE_CLASS[tone].border}`}>
        <p className={`text-sm font-semibold ${TONE_CLASS[tone].text}`} data-testid="verdict-label">
          {VERDICT_LABEL[tone]}
        </p>
        <h2 tabIndex={-1} data-report-heading="" className="text-2xl font-bold text-balance">
          {report.verdict.headline}
        </h2>
        <p className="text-sm break-words text-zinc-700 dark:text-zinc-300">
          {report.target
            ? `${report.target.method} ${report.target.origin}${report.target.path}`
            : "Inspection only: no request was sent upstream."}
          {report.provider ? ` · ${report.provider.name}` : ""} ·{" "}
          {new Date(report.createdAt).toUTCString()}
        </p>
        {!readOnly && actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </header>
      <section aria-label="Causes, most likely first" className="flex flex-col gap-3">
        <h3 className="text-lg font-semibold">Causes, most likely first</h3>
        <ol className="flex flex-col gap-3">
          {report.causes.map((c, i) => (
            <CauseCard key={c.id} cause={c} rank={i + 1} />
          ))}
        </ol>
      </section>
      {report.probes.length > 0 ? <RequestPath asSent={asSent} /> : null}
      {report.probes.length > 0 ? <ProbeTable probes={report.probes} /> : null}
      <CurlCommands report={report} extraHeaders={extraHeaders} />
      <KeySummaryView summary={report.key} />
    </article>
  );
}
