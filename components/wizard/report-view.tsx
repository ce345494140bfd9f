import type { ReactNode } from "react";
import type { Report } from "@/lib/diagnosis/report";
import { CauseCard } from "./cause-card";
import { CurlCommands } from "./curl-commands";
import { KeySummaryView } from "./key-summary-view";
import { ProbeTable } from "./probe-table";
import { RequestPath } from "./request-path";

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
  return (
    <article
      className="flex flex-col gap-6"
      data-testid="report"
      data-verdict={report.verdict.causeId}
    >
      <header className="flex flex-col gap-2">
        <h2 tabIndex={-1} data-report-heading="" className="text-2xl font-bold">
          {report.verdict.headline}
        </h2>
        <p>{report.verdict.summary}</p>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
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
