import { toErrorBody } from "@/lib/api/errors";
import type { DiagnosisEvent } from "@/lib/probe/stream";

/** The client asked for the streamed answer (the wizard's progress view does). */
export function wantsNdjson(request: Request): boolean {
  return /\bapplication\/x-ndjson\b/i.test(request.headers.get("accept") ?? "");
}

/**
 * One NDJSON line per event; an error line carries the one error shape's `error` part. A
 * run stopped because the client left has no line: nobody is reading.
 */
function lineOf(event: DiagnosisEvent, route: string): unknown {
  if (event.type !== "error") return event;
  const answer = toErrorBody(event.error, route);
  return answer.body && { type: "error", error: answer.body.error };
}

/**
 * Streams a diagnosis as NDJSON: `{"type":"probe"}` lines as probes complete (a follow-up
 * round's lines carry `"round":2`, after one `{"type":"follow-up","count":N}` line), then
 * one `{"type":"report"}` line, or `{"type":"error"}` if it fails mid-way.
 */
export function ndjsonResponse(events: ReadableStream<DiagnosisEvent>, route: string): Response {
  const encoder = new TextEncoder();
  const lines = events.pipeThrough(
    new TransformStream<DiagnosisEvent, Uint8Array>({
      transform(event, controller) {
        const line = lineOf(event, route);
        if (line) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      },
    }),
  );
  return new Response(lines, {
    status: 200,
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      "x-accel-buffering": "no",
    },
  });
}
