"use client";

import { useEffect, useState } from "react";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import { formatMs, probeLabel } from "./probe-labels";

/** The server stops a whole run after this long (the probe deadlines on the server). */
export const RUN_DEADLINE_SECONDS = 20;

function outcomeText(p: ProbeResult): string {
  return p.outcome.kind === "response" ? `HTTP ${p.outcome.status}` : "no answer";
}

function useElapsedSeconds(running: boolean): number {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    setElapsed(0);
    const timer = setInterval(() => setElapsed(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return elapsed;
}

/**
 * One row per request: the answered ones with their status and time, the rest with a spinner,
 * the seconds so far and the deadline. The summary line is a polite live region; the ticking
 * seconds are not announced.
 */
export function ProbeProgress({
  probes,
  total,
  running,
}: {
  probes: ProbeResult[];
  total: number;
  running: boolean;
}) {
  const elapsed = useElapsedSeconds(running);
  const waiting = running ? Math.max(total - probes.length, 1) : 0;
  const pending = Array.from({ length: waiting }, (_, i) => probes.length + i + 1);
  return (
    <div className="flex flex-col gap-2" data-testid="probe-progress">
      <p aria-live="polite" className="text-sm font-medium">
        {running
          ? `Running: ${probes.length} of up to ${total} requests answered…`
          : `${probes.length} requests answered.`}
      </p>
      <ol className="flex flex-col gap-1 text-sm">
        {probes.map((p, i) => (
          // The mark keeps its place beside the text when a narrow screen wraps the line.
          // biome-ignore lint/suspicious/noArrayIndexKey: arrival order is the identity.
          <li key={i} className="flex items-start gap-x-2" data-progress="done">
            <span
              aria-hidden="true"
              className="inline-block size-4 shrink-0 text-center text-emerald-700 dark:text-emerald-400"
            >
              ✓
            </span>
            <span className="min-w-0">
              <span className="font-medium">{probeLabel(p)}</span> → {outcomeText(p)},{" "}
              {formatMs(p.outcome.timeMs)}
            </span>
          </li>
        ))}
        {pending.map((n) => (
          <li key={n} className="flex items-start gap-x-2" data-progress="waiting">
            <span
              aria-hidden="true"
              className="mt-0.5 inline-block size-4 shrink-0 animate-spin rounded-full border-2 border-zinc-400 border-t-blue-700 motion-reduce:animate-none dark:border-zinc-600 dark:border-t-blue-400"
            />{" "}
            <span className="min-w-0">
              Request {n}: waiting for an answer… {elapsed} s of at most {RUN_DEADLINE_SECONDS} s
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
