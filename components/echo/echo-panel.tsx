"use client";

import { useEffect, useMemo, useRef } from "react";
import { Button } from "@/components/ui/button";
import { CodeLine } from "@/components/ui/code-line";
import type { EchoEvidence } from "@/lib/diagnosis/evidence";
import type { EchoCapture } from "@/lib/echo/capture-schema";
import { compareCaptures, type EchoComparison } from "@/lib/echo/compare";
import type { ProviderId } from "@/lib/providers";
import { CaptureItem } from "./capture-item";
import { echoSnippets } from "./echo-snippets";
import { useEchoSession } from "./use-echo-session";

function announce(captures: EchoCapture[], comparisons: EchoComparison[]): string {
  const last = captures.at(-1);
  if (!last) return "";
  const verdict = comparisons.at(-1)?.verdicts[0];
  const n = captures.length;
  return `${n} request${n === 1 ? "" : "s"} captured. Latest: ${last.method} ${last.path}${
    verdict ? `: ${verdict.title}` : ""
  }.`;
}

/**
 * The echo check (see docs/architecture.md, "The echo check"): a capture URL the user points their own app, script or
 * proxy at; each request that arrives is compared with the pasted key by fingerprint.
 * The key never leaves the browser here: only its fingerprint is compared.
 */
export function EchoPanel({
  keyFingerprint,
  providerId,
  onEvidence,
}: {
  /** undefined while the fingerprint is computed (or no key is pasted yet). */
  keyFingerprint: string | undefined;
  providerId?: ProviderId;
  onEvidence: (echo: EchoEvidence[]) => void;
}) {
  const { state, create } = useEchoSession();
  const captures = state.kind === "open" || state.kind === "expired" ? state.captures : [];
  const { comparisons, evidence } = useMemo(
    () =>
      keyFingerprint
        ? compareCaptures(captures, { keyFingerprint, providerId })
        : { comparisons: [], evidence: [] },
    [captures, keyFingerprint, providerId],
  );

  // The latest callback without re-running the effect when the parent re-renders.
  const report = useRef(onEvidence);
  report.current = onEvidence;
  const evidenceJson = JSON.stringify(evidence);
  const lastReported = useRef("[]");
  useEffect(() => {
    if (evidenceJson === lastReported.current) return;
    lastReported.current = evidenceJson;
    report.current(JSON.parse(evidenceJson) as EchoEvidence[]);
  }, [evidenceJson]);

  const session = state.kind === "open" || state.kind === "expired" ? state.session : undefined;
  const byId = new Map(comparisons.map((c) => [c.captureId, c]));

  return (
    <section
      aria-labelledby="echo-title"
      className="flex flex-col gap-4 rounded-md border border-zinc-300 p-4 dark:border-zinc-700"
      data-testid="echo-panel"
    >
      <div className="flex flex-col gap-1">
        <h3 id="echo-title" className="text-lg font-semibold">
          Echo check: what does your app really send?
        </h3>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">
          Point your app, script or proxy at a capture URL and run it. For each request we record
          the method, the path (query values hidden), the header names and, for credentials, only
          the scheme, fingerprint, length and problems found: never the value. It lasts 15 minutes.
        </p>
      </div>

      <div className="flex flex-wrap items-center gap-2">
        <Button
          variant={session ? "secondary" : "primary"}
          onClick={() => void create()}
          disabled={state.kind === "creating"}
        >
          {state.kind === "creating"
            ? "Creating…"
            : session
              ? "New capture URL"
              : "Create a capture URL"}
        </Button>
        {state.kind === "open" ? (
          <span className="text-sm text-zinc-700 dark:text-zinc-300">
            Listening until {new Date(state.session.expiresAt).toLocaleTimeString()}
          </span>
        ) : null}
        {state.kind === "expired" ? (
          <span className="text-sm text-amber-800 dark:text-amber-300">
            This capture URL has expired. Create a new one to keep going.
          </span>
        ) : null}
      </div>
      {state.kind === "error" ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {state.message}
        </p>
      ) : null}

      {session ? (
        <>
          <div className="flex flex-col gap-1" data-testid="echo-url">
            <span className="text-sm font-medium">Capture URL</span>
            <CodeLine code={session.url} label="the capture URL" />
          </div>
          <details className="flex flex-col gap-2" open>
            <summary className="cursor-pointer text-sm font-medium">
              How to point your client at it
            </summary>
            <ul className="mt-2 flex flex-col gap-3">
              {echoSnippets(session.url, providerId).map((s) => (
                <li key={s.id} className="flex flex-col gap-1">
                  <span className="text-sm">{s.label}</span>
                  <CodeLine code={s.code} label={s.label} />
                </li>
              ))}
            </ul>
          </details>
          <div className="flex flex-col gap-2">
            <h4 className="text-base font-semibold">Captured requests</h4>
            <p aria-live="polite" className="text-sm" data-testid="echo-status">
              {captures.length === 0
                ? state.kind === "open"
                  ? "Waiting for your first request…"
                  : "No request arrived."
                : announce(captures, comparisons)}
            </p>
            {keyFingerprint ? (
              <p className="text-sm text-zinc-700 dark:text-zinc-300">
                Each request is compared with the pasted key,{" "}
                <span className="font-mono">{keyFingerprint}</span>.
              </p>
            ) : (
              <p className="text-sm">Paste the key in step 2 to compare it with what arrived.</p>
            )}
            {captures.length > 0 ? (
              <ol aria-label="Captured requests" className="flex flex-col gap-2">
                {captures.map((c) => (
                  <CaptureItem key={c.id} capture={c} comparison={byId.get(c.id)} />
                ))}
              </ol>
            ) : null}
          </div>
        </>
      ) : null}
    </section>
  );
}
