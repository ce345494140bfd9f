import type { ProbeResult } from "@/lib/diagnosis/evidence";
import type { Report } from "@/lib/diagnosis/report";
import type { DiagnoseInput } from "@/lib/probe/diagnose-input";

/** The POST /api/diagnose body (see docs/architecture.md, "The API"): the route's own input type. The only place the key leaves the page. */
export type DiagnoseRequest = DiagnoseInput;

type DiagnoseOutcome =
  | { kind: "report"; report: Report }
  | { kind: "error"; code: string; message: string }
  | { kind: "aborted" };

type StreamLine =
  | { type: "probe"; probe: ProbeResult; round?: 2 }
  | { type: "follow-up"; count: number }
  | { type: "report"; report: Report }
  | { type: "error"; error: { code: string; message: string } };

function errorOf(body: unknown, status: number): DiagnoseOutcome {
  const e = (body as { error?: { code?: string; message?: string } } | null)?.error;
  return {
    kind: "error",
    code: e?.code ?? `http_${status}`,
    message: e?.message ?? `The server answered ${status}.`,
  };
}

/**
 * Posts the diagnosis and reads the NDJSON stream line by line, so each probe shows as it
 * completes (a follow-up round is announced with its count first). Errors come back as
 * values; only the caller's abort ends it early. A line of a type it does not know is
 * skipped, so the server can add kinds of lines.
 */
export async function runDiagnose(
  request: DiagnoseRequest,
  onProbe: (probe: ProbeResult) => void,
  signal: AbortSignal,
  onFollowUp?: (count: number) => void,
): Promise<DiagnoseOutcome> {
  try {
    const response = await fetch("/api/diagnose", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/x-ndjson" },
      body: JSON.stringify(request),
      signal,
      cache: "no-store",
      credentials: "same-origin",
      referrerPolicy: "no-referrer",
    });
    const type = response.headers.get("content-type") ?? "";
    if (!response.ok || !response.body) {
      return errorOf(await response.json().catch(() => null), response.status);
    }
    if (!type.includes("ndjson"))
      return { kind: "report", report: (await response.json()) as Report };

    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (value) buffer += value;
      const lines = buffer.split("\n");
      buffer = done ? "" : (lines.pop() ?? "");
      for (const line of lines) {
        if (!line.trim()) continue;
        const parsed = JSON.parse(line) as StreamLine;
        if (parsed.type === "probe") onProbe(parsed.probe);
        else if (parsed.type === "follow-up") onFollowUp?.(parsed.count);
        else if (parsed.type === "report") return { kind: "report", report: parsed.report };
        else if (parsed.type === "error") return { kind: "error", ...parsed.error };
      }
      if (done) break;
    }
    return { kind: "error", code: "stream_ended", message: "The answer ended before the report." };
  } catch (error) {
    if (signal.aborted) return { kind: "aborted" };
    // Never echo the thrown error: a network layer could quote the request.
    void error;
    return { kind: "error", code: "network", message: "Could not reach the why401 server." };
  }
}
