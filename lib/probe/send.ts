import "server-only";
import { type Dispatcher, request } from "undici";
import type { ProbeFailure, ProbeResponse } from "@/lib/diagnosis/evidence";
import { type Deadlines, MAX_BODY_BYTES } from "./deadlines";
import { toProbeResponse } from "./evidence";
import type { ProbePlan } from "./probes";
import type { Redactor } from "./redact";
import { type Phase, timeoutError, toTransportError } from "./transport-error";

interface SendContext {
  dispatcher: Dispatcher;
  method: string;
  body?: string;
  deadlines: Deadlines;
  /** Aborts when the whole run is over (deadline or client gone). */
  runSignal: AbortSignal;
  /** Aborts only on the run deadline, to tell "run" timeouts from the client leaving. */
  runDeadline: AbortSignal;
  redactor: Redactor;
}

interface BodyRead {
  body: Uint8Array;
  truncated: boolean;
}

async function readCapped(
  body: AsyncIterable<Uint8Array> & { destroy(): unknown },
  signal: AbortSignal,
): Promise<BodyRead> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  const stop = () => body.destroy();
  signal.addEventListener("abort", stop, { once: true });
  try {
    for await (const chunk of body) {
      const room = MAX_BODY_BYTES - size;
      if (chunk.byteLength > room) {
        chunks.push(chunk.subarray(0, room));
        size += room;
        truncated = true;
        break; // leaving the loop destroys the stream: the rest is never downloaded
      }
      chunks.push(chunk);
      size += chunk.byteLength;
    }
  } catch {
    // A body that stalls, resets or outlives its deadline: keep what arrived, it is evidence.
    truncated = true;
  } finally {
    signal.removeEventListener("abort", stop);
    body.destroy();
  }
  return { body: Buffer.concat(chunks, size), truncated };
}

/** Sends one probe. Never throws for network trouble: failures are returned as evidence. */
export async function sendProbe(
  plan: ProbePlan,
  ctx: SendContext,
): Promise<ProbeResponse | ProbeFailure> {
  const started = performance.now();
  const probeSignal = AbortSignal.any([ctx.runSignal, AbortSignal.timeout(ctx.deadlines.probeMs)]);
  const elapsed = () => Math.round(performance.now() - started);
  let phase: Phase = "headers";
  try {
    const response = await request(plan.url, {
      method: ctx.method as Dispatcher.HttpMethod,
      headers: plan.headers,
      body: ctx.body,
      dispatcher: ctx.dispatcher,
      signal: probeSignal,
      headersTimeout: ctx.deadlines.headersMs,
      bodyTimeout: ctx.deadlines.bodyMs,
    });
    phase = "body";
    const bodySignal = AbortSignal.any([probeSignal, AbortSignal.timeout(ctx.deadlines.bodyMs)]);
    const { body, truncated } = await readCapped(response.body, bodySignal);
    return toProbeResponse(
      {
        status: response.statusCode,
        headers: response.headers,
        body,
        truncated,
        timeMs: performance.now() - started,
      },
      plan.url,
      ctx.redactor,
    );
  } catch (error) {
    if (ctx.runSignal.aborted && !ctx.runDeadline.aborted) throw error; // the client left: stop, no evidence
    const failure = probeSignal.aborted
      ? timeoutError(ctx.runDeadline.aborted ? "run" : phase)
      : toTransportError(error, phase);
    return { kind: "error", error: failure, timeMs: elapsed() };
  }
}
