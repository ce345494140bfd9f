import type { KeySummary } from "@/lib/inspect/inspection";

/** Shown where a report keeps no preview or fingerprint: either would let someone guess a short key. */
export const NOT_KEPT = "not kept for a key this short";

/** What the report knows about the key: never more than a fingerprint, the length and a preview. */
export function KeySummaryView({ summary }: { summary: KeySummary }) {
  const rows: [string, string][] = [
    ["Preview", summary.preview === null ? NOT_KEPT : summary.preview || "(empty)"],
    ["Fingerprint", summary.fingerprint ?? NOT_KEPT],
    ["Length", `${summary.length} characters`],
  ];
  if (summary.jwt?.judgement) rows.push(["JWT", summary.jwt.judgement.relative]);
  if (summary.looksLike) {
    const { description, certainty } = summary.looksLike;
    rows.push(["Looks like", certainty === "exact" ? description : `possibly ${description}`]);
  }
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-lg font-semibold">The key</h3>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium">{k}</dt>
            <dd className="font-mono break-all">{v}</dd>
          </div>
        ))}
        <div className="contents">
          <dt className="font-medium">Findings</dt>
          <dd>
            {summary.findings.length === 0 ? (
              "none"
            ) : (
              <ul className="list-disc pl-5">
                {summary.findings.map((f) => (
                  // The label (e.g. "U+000A LINE FEED"), not the sentence: the cause cards
                  // already say the sentence, and the report says each thing once.
                  <li key={`${f.kind}-${f.index}-${f.length}`}>
                    {f.label || f.kind} at character {f.index + 1}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </div>
  );
}
