import type { ImportSummary } from "./wizard-state";

/** What a pasted command filled in. The key shows at most as its preview. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const c = summary.credential;
  return (
    <div
      data-testid="import-summary"
      className="flex flex-col gap-1 rounded-md border border-emerald-600 bg-emerald-50 p-3 text-sm break-words dark:border-emerald-500 dark:bg-emerald-950"
    >
      <p className="font-semibold">Imported a {summary.format}.</p>
      <ul className="flex list-disc flex-col gap-0.5 pl-5">
        <li>
          <span className="font-mono">
            {summary.method} {summary.url}
          </span>
        </li>
        <li>
          {summary.headerNames.length
            ? `Headers: ${summary.headerNames.join(", ")}.`
            : "No extra headers."}
          {summary.bodyChars ? ` Body: ${summary.bodyChars} characters.` : ""}
        </li>
        {c ? (
          <li data-testid="import-credential">
            Key from {c.from}
            {c.preview ? (
              <>
                {": "}
                <span className="font-mono">{c.preview}</span>
              </>
            ) : null}
            {c.moved ? ", moved to the key field (step 2)" : null}, sent as{" "}
            <span className="font-mono">{c.where}</span>.
          </li>
        ) : (
          <li>No key in the command: paste it in step 2.</li>
        )}
        {summary.variables.map((v) => (
          <li key={v} data-testid="import-variable">
            <span className="font-mono">${v}</span> is a shell variable we cannot expand
            {c?.variable === v
              ? ": paste the value it holds in the key field (step 2)."
              : ": replace it with its value."}
          </li>
        ))}
        {summary.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    </div>
  );
}
