import "server-only";
import { toErrorResponse } from "@/lib/api/errors";
import { type DiagnoseInput, type DiagnoseOptions, runDiagnosis } from "./index";

export function wantsNdjson(request: Request): boolean {
  return /\bapplication\/x-ndjson\b/i.test(request.headers.get("accept") ?? "");
}

async function errorBody(error: unknown): Promise<unknown> {
  // The same shape, status logic and logging as a plain error response.
  const body = (await toErrorResponse(error, "diagnose").json()) as { error: unknown };
  return body.error;
}

/**
 * Streams a diagnosis as NDJSON: `{"type":"probe"}` lines as probes complete (a follow-up
 * round's lines carry `"round":2`, after one `{"type":"follow-up","count":N}` line), then
 * one `{"type":"report"}` line (or `{"type":"error"}` if it fails mid-way). A target that is
 * refused before any probe is sent still gets its plain 400, because the response only
 * starts once the target is accepted (or the report is ready).
 */
export async function streamDiagnosis(
  input: DiagnoseInput,
  options: Omit<DiagnoseOptions, "onProbe" | "onStart" | "onFollowUp">,
): Promise<Response> {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const buffered: Uint8Array[] = [];
  const send = (line: unknown) => {
    const bytes = encoder.encode(`${JSON.stringify(line)}\n`);
    try {
      if (controller) controller.enqueue(bytes);
      else buffered.push(bytes);
    } catch {
      // the client is gone; runDiagnosis stops through the request signal
    }
  };
  const close = () => {
    try {
      controller?.close();
    } catch {
      // already closed or cancelled
    }
  };

  let markStarted: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    markStarted = resolve;
  });
  // The reader going away (the stream cancelled) stops the probes too, whether or not the
  // framework also aborts the request's signal.
  const cancelled = new AbortController();
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
  // Rejects here (→ a normal error response) only if the run fails before it starts.
  await Promise.race([started, run]);

  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      for (const bytes of buffered.splice(0)) c.enqueue(bytes);
      run.then(
        (report) => {
          send({ type: "report", report });
          close();
        },
        async (error: unknown) => {
          if (cancelled.signal.aborted) return; // nobody is reading
          send({ type: "error", error: await errorBody(error) });
          close();
        },
      );
    },
    cancel() {
      cancelled.abort();
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "x-accel-buffering": "no",
    },
  });
}
