"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { EchoEvidence } from "@/lib/diagnosis/evidence";
import { planProbeSet } from "@/lib/diagnosis/probe-plan";
import type { Report } from "@/lib/diagnosis/report";
import { inspectKey } from "@/lib/inspect";
import { getProvider, providerForHost, resolveAuth } from "@/lib/providers";
import { EndpointStep } from "./endpoint-step";
import { EnvironmentStep } from "./environment-step";
import { KeyStep } from "./key-step";
import { countFollowUp } from "./probe-count";
import { TestStep } from "./test-step";
import { useFingerprint } from "./use-fingerprint";
import { isStepId, stepIndex, type WizardStepId, WizardSteps } from "./wizard-frame";
import {
  buildRequest,
  type Draft,
  EMPTY_DRAFT,
  environmentEvidence,
  headerRecord,
  hostOf,
  isInspectionOnly,
} from "./wizard-state";

// The echo check (with its response validation) loads only when step 3 shows it.
const EchoPanel = dynamic(() => import("@/components/echo/echo-panel").then((m) => m.EchoPanel), {
  ssr: false,
  loading: () => <p className="text-sm">Loading the echo check…</p>,
});

// The report and its actions (share, with its encryption) load while step 4 runs: the first
// screen does not carry them.
const ReportStep = dynamic(() => import("./report-step").then((m) => m.ReportStep), {
  loading: () => <p className="text-sm">Loading the report…</p>,
});
const ReportActions = dynamic(() => import("./report-actions").then((m) => m.ReportActions));

/** The five-step 401 checklist. The key exists only in this component's state. */
export function Wizard() {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [step, setStep] = useState<WizardStepId>("endpoint");
  const [moved, setMoved] = useState(false);
  const [report, setReport] = useState<Report>();
  const [autoStart, setAutoStart] = useState(false);
  // The furthest step reached: the rail lets the user jump to any of them.
  const [reached, setReached] = useState(0);

  const update = useCallback((patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch })), []);
  const onEcho = useCallback((echo: EchoEvidence[]) => update({ echo }), [update]);
  const show = useCallback((next: WizardStepId, start = false) => {
    setAutoStart(start);
    setMoved(true);
    setStep(next);
    setReached((r) => Math.max(r, stepIndex(next)));
  }, []);
  // Each step is a history entry, so the browser's Back and Forward move between steps. The
  // entry holds the step's name only: the key stays in this component's memory.
  const go = useCallback(
    (next: WizardStepId, start = false) => {
      show(next, start);
      window.history.pushState({ ...window.history.state, why401Step: next }, "");
    },
    [show],
  );
  const canVisit = (id: WizardStepId) =>
    id === "report" ? report !== undefined : stepIndex(id) <= reached;
  const canVisitNow = useRef(canVisit);
  canVisitNow.current = canVisit;
  useEffect(() => {
    window.history.replaceState({ ...window.history.state, why401Step: "endpoint" }, "");
    const onPop = (e: PopStateEvent) => {
      const target = (e.state as { why401Step?: unknown } | null)?.why401Step;
      // An entry from before Start over may name a step that no longer has its input.
      if (isStepId(target)) show(canVisitNow.current(target) ? target : "endpoint");
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [show]);

  const inspection = useMemo(() => inspectKey(draft.key), [draft.key]);
  const fingerprint = useFingerprint(draft.key);
  const host = hostOf(draft.endpoint);
  const detected = host ? providerForHost(host) : undefined;
  const provider = draft.providerChoice === "auto" ? detected : getProvider(draft.providerChoice);
  const envVar = draft.envVar || provider?.env?.keys[0] || "API_KEY";

  const inspectionOnly = isInspectionOnly(draft, inspection.notARealKey);
  const request = useMemo(
    () => buildRequest(draft, inspectionOnly, environmentEvidence(draft, fingerprint)),
    [draft, inspectionOnly, fingerprint],
  );
  // The consent text's "up to N requests": the plan the server sends, counted here.
  const count = planProbeSet({
    auth: resolveAuth(provider?.id, request.auth ?? { placement: "auto" }),
    cleanedDiffers: inspection.cleanedDiffers,
    providerId: provider?.id,
    tryVariants: true,
    method: request.method,
  }).length;
  const followUp = countFollowUp({ tryVariants: request.tryVariants, method: request.method });

  const onReport = useCallback(
    (r: Report) => {
      setReport(r);
      go("report");
    },
    [go],
  );
  // Once there is a report, an edit can be tested again from where it was made.
  const rerun = report ? () => go("test", true) : undefined;
  const startOver = () => {
    setDraft(EMPTY_DRAFT);
    setReport(undefined);
    setReached(0);
    go("endpoint");
  };

  return (
    <div className="flex min-w-0 flex-col gap-4 sm:gap-6" data-wizard-step={step}>
      <WizardSteps current={step} canVisit={canVisit} onSelect={(id) => go(id)} />
      {step === "endpoint" ? (
        <EndpointStep
          draft={draft}
          update={update}
          provider={provider}
          detected={detected}
          focusOnMount={moved}
          onNext={() => go("key")}
          onRerun={draft.key ? rerun : undefined}
        />
      ) : null}
      {step === "key" ? (
        <KeyStep
          draft={draft}
          update={update}
          provider={provider}
          inspection={inspection}
          focusOnMount={moved}
          onBack={() => go("endpoint")}
          onNext={() => go("environment")}
          onRerun={rerun}
        />
      ) : null}
      {step === "environment" ? (
        <EnvironmentStep
          draft={draft}
          update={update}
          envVar={envVar}
          fingerprint={fingerprint}
          length={inspection.length}
          echoSlot={
            <EchoPanel keyFingerprint={fingerprint} providerId={provider?.id} onEvidence={onEcho} />
          }
          focusOnMount={moved}
          onBack={() => go("key")}
          onNext={() => go("test")}
        />
      ) : null}
      {step === "test" ? (
        <TestStep
          request={request}
          host={host}
          count={count}
          followUp={followUp}
          note={
            draft.endpoint.trim() && inspectionOnly
              ? "The key looks redacted or like a placeholder: sending it would prove nothing."
              : undefined
          }
          autoStart={autoStart}
          focusOnMount={moved}
          onBack={() => go("environment")}
          onReport={onReport}
        />
      ) : null}
      {step === "report" && report ? (
        <ReportStep
          report={report}
          extraHeaders={inspectionOnly ? {} : headerRecord(draft.headers)}
          endpoint={inspectionOnly ? undefined : draft.endpoint}
          actions={
            <ReportActions
              report={report}
              onEdit={() => go("endpoint")}
              onRerun={() => go("test", true)}
              onStartOver={startOver}
            />
          }
        />
      ) : null}
    </div>
  );
}
