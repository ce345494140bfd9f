"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import type { Report } from "@/lib/diagnosis/report";
import { type DiagnoseRequest, runDiagnose } from "./diagnose-client";
import { errorSentence } from "./error-sentences";
import { followUpConsent } from "./probe-count";
import { ProbeProgress } from "./probe-progress";
import { StepNav } from "./step-nav";
import { StepSection } from "./step-section";

type Run =
  | { kind: "idle" }
  | { kind: "running" }
  | { kind: "error"; message: string }
  | { kind: "cancelled" };

export function TestStep({
  request,
  host,
  count,
  followUp = 0,
  note,
  autoStart,
  focusOnMount,
  onBack,
  onReport,
}: {
  request: DiagnoseRequest;
  host: string | undefined;
  count: number;
  /** Up to this many follow-up requests after the first round (0: none). */
  followUp?: number;
  note?: string;
  autoStart: boolean;
  focusOnMount: boolean;
  onBack: () => void;
  onReport: (report: Report, probes: ProbeResult[]) => void;
}) {
  const [run, setRun] = useState<Run>({ kind: "idle" });
  const [probes, setProbes] = useState<ProbeResult[]>([]);
  const controller = useRef<AbortController | null>(null);
  const inspectOnly = request.endpoint === undefined;

  const start = useCallback(async () => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setProbes([]);
    setRun({ kind: "running" });
    if (request.endpoint === undefined) {
      const local = await import("./local-report")
        .then((m) => m.localReport(request, Date.now()))
        .catch(() => undefined);
      if (controller.current !== abort) return;
      // Without WebCrypto (a plain-HTTP page) the fingerprint cannot be made here: the server
      // makes it, and still sends nothing anywhere else.
      if (local) return onReport(local, []);
    }
    const seen: ProbeResult[] = [];
    const outcome = await runDiagnose(
      request,
      (p) => {
        seen.push(p);
        setProbes([...seen]);
      },
      abort.signal,
    );
    // A newer run (or an unmount) replaced this one: its result is stale.
    if (controller.current !== abort) return;
    if (outcome.kind === "report") onReport(outcome.report, seen);
    else if (outcome.kind === "aborted") setRun({ kind: "cancelled" });
    else setRun({ kind: "error", message: errorSentence(outcome.code, outcome.message) });
  }, [request, onReport]);

  // Re-run mounts this step with autoStart. A ref keeps the mount effect from re-firing when
  // `start` changes identity; the abort on unmount stops requests nobody will read.
  // Fetch the report's code while the user reads the consent, so it shows without a wait.
  useEffect(() => {
    void import("./report-step");
    void import("./report-actions");
  }, []);

  const startRef = useRef(start);
  startRef.current = start;
  useEffect(() => {
    if (autoStart) void startRef.current();
    return () => controller.current?.abort();
  }, [autoStart]);

  const running = run.kind === "running";
  // The send button disappears while running: keep keyboard focus on the one control left.
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (running) cancel.current?.focus();
  }, [running]);
  return (
    <StepSection number={4} title="Test" focusOnMount={focusOnMount}>
      <p data-testid="consent">
        {inspectOnly
          ? `${note ? `${note} So` : "No endpoint, so"} we inspect the key here in your browser: it is not sent anywhere.`
          : `We send up to ${count} requests from our server to ${host ?? "the endpoint"}, with the key placed in different ways, to see which one works.${followUpConsent(followUp)} The key is not stored or logged, and goes nowhere else.`}
      </p>
      {running || probes.length > 0 ? (
        <ProbeProgress probes={probes} total={count + followUp} running={running} />
      ) : null}
      {run.kind === "error" ? (
        <p role="alert" className="text-red-800 dark:text-red-300">
          The test failed: {run.message}
        </p>
      ) : null}
      {run.kind === "cancelled" ? <p role="status">Cancelled. Nothing more is sent.</p> : null}
      <StepNav
        onBack={running ? undefined : onBack}
        onNext={running ? undefined : () => void start()}
        nextLabel={
          inspectOnly ? "Inspect the key" : `Send ${count > 1 ? "the test requests" : "the test"}`
        }
        extra={
          running ? (
            <Button ref={cancel} onClick={() => controller.current?.abort()}>
              Cancel
            </Button>
          ) : null
        }
      />
    </StepSection>
  );
}
