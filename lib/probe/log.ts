import "server-only";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import type { Report } from "@/lib/diagnosis/report";

/**
 * One line per diagnosis, for operators. By construction it holds only the target host,
 * counts, statuses and cause ids: never the key, headers sent, a path, a query or a body.
 */
interface DiagnosisLogLine {
  level: "info";
  event: "diagnosis";
  id: string;
  outcome: "report" | "refused" | "failed";
  durationMs: number;
  host?: string;
  probes: number;
  statuses: (number | string)[];
  causes: string[];
}

export type LogSink = (line: string) => void;

export const stdoutSink: LogSink = (line) => {
  process.stdout.write(`${line}\n`);
};

export function statusesOf(probes: ProbeResult[]): (number | string)[] {
  return probes.map((p) =>
    p.outcome.kind === "response" ? p.outcome.status : p.outcome.error.kind,
  );
}

export function logLine(
  fields: Omit<DiagnosisLogLine, "level" | "event">,
  report?: Report,
): string {
  const line: DiagnosisLogLine = {
    level: "info",
    event: "diagnosis",
    ...fields,
    causes: report ? report.causes.map((c) => c.id) : fields.causes,
  };
  return JSON.stringify(line);
}
