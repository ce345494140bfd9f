import { CodeLine } from "@/components/ui/code-line";
import type { Report } from "@/lib/diagnosis/report";
import { type ReportCurl, reportCurls } from "./report-curls";

/**
 * A fix that only changes the key (a new key, the real one) names the very command that
 * failed: one block says both, instead of the same line printed twice.
 */
function mergeSameCommand(curls: ReportCurl[]): ReportCurl[] {
  const failing = curls.find((c) => c.kind === "failing");
  const suggested = curls.find((c) => c.kind === "suggested");
  if (!failing || !suggested || failing.command !== suggested.command) return curls;
  const merged: ReportCurl = {
    ...failing,
    label: "The request as you sent it (fails; the fix changes only the key)",
    note: [failing.note, suggested.note].filter(Boolean).join(" "),
  };
  return curls.filter((c) => c !== suggested).map((c) => (c === failing ? merged : c));
}

/**
 * Reproduce it outside any code: curl with `$API_KEY`, so the key stays in the user's shell.
 * The working command comes first: it is the answer; the failing one is for comparison.
 */
export function CurlCommands({
  report,
  extraHeaders,
  endpoint,
}: {
  report: Report;
  extraHeaders?: Record<string, string>;
  /** The endpoint as typed (wizard only): its plain query parameters go into the commands. */
  endpoint?: string;
}) {
  const curls = mergeSameCommand(
    reportCurls(report, extraHeaders, endpoint).sort(
      (a, b) => Number(a.kind === "failing") - Number(b.kind === "failing"),
    ),
  );
  if (!report.target) return null;
  return (
    <div className="flex min-w-0 flex-col gap-2" data-testid="curl-commands">
      <h5 className="text-sm font-semibold">Try it yourself</h5>
      {curls.map((c) => (
        <div key={c.kind} className="flex flex-col gap-1" data-curl={c.kind}>
          <span className="text-sm font-medium">{c.label}</span>
          <CodeLine code={c.command} label={`${c.kind} curl command`} />
          {c.note ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{c.note}</p> : null}
        </div>
      ))}
      {!curls.some((c) => c.kind !== "failing") ? (
        <p className="text-sm">
          No variant we tried worked, so there is no working command to show.
        </p>
      ) : null}
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Set the key first, without it landing in your shell history:{" "}
        <code className="font-mono">read -rs API_KEY</code>, paste, Enter.
      </p>
    </div>
  );
}
