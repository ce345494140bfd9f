"use client";

import { useEffect, useRef, useState } from "react";
import { ShareButton } from "@/components/share/share-button";
import { Button } from "@/components/ui/button";
import type { Report } from "@/lib/diagnosis/report";

/** Edit, re-run, share, start over. Start over throws away what was typed, so it asks first. */
export function ReportActions({
  report,
  onEdit,
  onRerun,
  onStartOver,
}: {
  report: Report;
  onEdit: () => void;
  onRerun: () => void;
  onStartOver: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
  }, [asking]);
  return (
    <>
      <Button variant="primary" onClick={onEdit}>
        Edit request
      </Button>
      <Button onClick={onRerun}>Re-run</Button>
      <ShareButton report={report} />
      {asking ? (
        <fieldset className="flex w-full flex-wrap items-center gap-2 rounded-md border border-amber-500 p-2 text-sm dark:border-amber-400">
          <legend className="sr-only">Start over?</legend>
          <span>Start over? The endpoint, the key and the report are cleared.</span>
          <Button ref={confirm} onClick={onStartOver}>
            Yes, start over
          </Button>
          <Button onClick={() => setAsking(false)}>Keep everything</Button>
        </fieldset>
      ) : (
        <Button variant="ghost" onClick={() => setAsking(true)}>
          Start over
        </Button>
      )}
    </>
  );
}
