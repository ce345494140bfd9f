"use client";

import { type ReactNode, useEffect, useRef } from "react";
import type { Report } from "@/lib/diagnosis/report";
import { ReportView } from "./report-view";

/** Step 5: the report, with focus moved to its headline when it arrives. */
export function ReportStep({
  report,
  actions,
  extraHeaders,
  endpoint,
}: {
  report: Report;
  actions: ReactNode;
  extraHeaders: Record<string, string>;
  endpoint?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLElement>("[data-report-heading]")?.focus();
  }, []);
  return (
    <section
      ref={box}
      aria-label="Step 5: Report"
      className="sm:rounded-lg sm:border sm:border-zinc-300 sm:p-6 sm:dark:border-zinc-700"
    >
      <ReportView
        report={report}
        actions={actions}
        extraHeaders={extraHeaders}
        endpoint={endpoint}
      />
    </section>
  );
}
