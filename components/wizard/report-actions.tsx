"use client";

import { ShareButton } from "@/components/share/share-button";
import { Button } from "@/components/ui/button";
import type { Report } from "@/lib/diagnosis/report";

/** Share, re-run, start over. */
export function ReportActions({
  report,
  onRerun,
  onStartOver,
}: {
  report: Report;
  onRerun: () => void;
  onStartOver: () => void;
}) {
  return (
    <>
      <ShareButton report={report} />
      <Button onClick={onRerun}>Re-run</Button>
      <Button onClick={onStartOver}>Start over</Button>
    </>
  );
}
