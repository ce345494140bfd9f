import { CodeLine } from "@/components/ui/code-line";
import type { Report } from "@/lib/diagnosis/report";
import { reportCurls } from "./report-curls";

/** Reproduce it outside any code: curl with `$API_KEY`, so the key stays in the user's shell. */
export function CurlCommands({
  report,
  extraHeaders,
}: {
  report: Report;
  extraHeaders?: Record<string, string>;
}) {
  const curls = reportCurls(report, extraHeaders);
  if (!report.target) return null;
  return (
    <div className="flex flex-col gap-3" data-testid="curl-commands">
      <h3 className="text-lg font-semibold">Try it yourself</h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Set the key first, without it landing in your shell history:{" "}
        <code className="font-mono">read -rs API_KEY</code>, paste, Enter.
      </p>
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
    </div>
  );
}
