import "server-only";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import type { Report } from "@/lib/diagnosis/report";
import { type DiagnoseInput, type DiagnoseOptions, runDiagnosis } from "./index";

/**
 * One step of a streamed diagnosis: each probe as it completes (a follow-up round's probes
 * carry `round: 2`, after one `follow-up` event with their count), then the report, or the
 * error that ended the run mid-way (as data: the route decides how it is answered).
 */
export type DiagnosisEvent =
  | { type: "probe"; round?: number; probe: ProbeResult }
  | { type: "follow-up"; count: number }
  | { type: "report"; report: Report }
  | { type: "error"; error: unknown };

/**
 * Runs a diagnosis as a stream of events. It resolves only once the target is accepted
 * (the first probe may be sent), so a target refused before any probe still rejects here
 * and gets a plain error answer. Cancelling the stream (the reader went away) stops the
 * probes, whether or not the caller's signal also aborts.
 */
export async function streamDiagnosis(
  input: DiagnoseInput,
  options: Omit<DiagnoseOptions, "onProbe" | "onStart" | "onFollowUp">,
): Promise<ReadableStream<DiagnosisEvent>> {
  const cancelled = new AbortController();
  let controller!: ReadableStreamDefaultController<DiagnosisEvent>;
  // start() runs at once: events are queued by the stream until someone reads.
  const events = new ReadableStream<DiagnosisEvent>({
    start(c) {
      controller = c;
    },
    cancel() {
      cancelled.abort();
    },
  });
  const send = (event: DiagnosisEvent, last = false) => {
    if (cancelled.signal.aborted) return; // nobody is reading
    controller.enqueue(event);
    if (last) controller.close();
  };

  let markStarted: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  const signal = options.signal
    ? AbortSignal.any([options.signal, cancelled.signal])
    : cancelled.signal;
  const run = runDiagnosis(input, {
    ...options,
    signal,
    onStart: () => markStarted(),
    onProbe: (probe) =>
      send(probe.round ? { type: "probe", round: probe.round, probe } : { type: "probe", probe }),
    onFollowUp: ({ count }) => send({ type: "follow-up", count }),
  });
  run.then(
    (report) => send({ type: "report", report }, true),
    (error: unknown) => send({ type: "error", error }, true),
  );
  // Rejects here (→ a plain error answer) only if the run fails before it starts.
  await Promise.race([started, run]);
  return events;
}
