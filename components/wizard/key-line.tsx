import type { Finding, Severity } from "@/lib/inspect/inspection";
import { type KeySegment, segmentKey } from "./key-segments";

const MARK: Record<Severity, string> = {
  error: "bg-red-200 text-red-950 dark:bg-red-900 dark:text-red-50",
  warning: "bg-amber-200 text-amber-950 dark:bg-amber-800 dark:text-amber-50",
  info: "bg-blue-200 text-blue-950 dark:bg-blue-900 dark:text-blue-50",
};
const MARKER = "mx-px rounded border border-current px-0.5 text-[0.7rem] font-semibold";

/**
 * Neighbouring plain characters of the same tone drawn as one span: a 16 KB key is a few
 * dozen elements, not sixteen thousand, so typing in it stays fast.
 */
type Drawn = KeySegment | { kind: "gap"; count: number };

/** A run of plain characters longer than this shows its ends and a count between them. */
const LONG_RUN = 240;
const RUN_END = 100;

function runs(segments: KeySegment[]): Drawn[] {
  const merged: KeySegment[] = [];
  for (const s of segments) {
    const last = merged[merged.length - 1];
    if (s.kind === "char" && last?.kind === "char" && last.severity === s.severity) {
      merged[merged.length - 1] = { ...last, text: last.text + s.text };
    } else merged.push(s);
  }
  // Markers are what this line is for: they all stay; only long plain stretches between them
  // shrink, so a 16 KB key is a few lines, not a wall (and cheap to lay out on each keystroke).
  return merged.flatMap((s): Drawn[] => {
    if (s.kind !== "char" || s.text.length <= LONG_RUN) return [s];
    const chars = Array.from(s.text);
    if (chars.length <= LONG_RUN) return [s];
    return [
      { ...s, text: chars.slice(0, RUN_END).join("") },
      { kind: "gap", count: chars.length - 2 * RUN_END },
      { ...s, text: chars.slice(-RUN_END).join("") },
    ];
  });
}

/**
 * "What we see": the pasted key with every hidden character drawn as a marker at its
 * position. Masked, it shows dots and markers only, never the key's own characters.
 */
export function KeyLine({
  raw,
  findings,
  revealed,
}: {
  raw: string;
  findings: Finding[];
  revealed: boolean;
}) {
  const segments = runs(segmentKey(raw, findings, revealed));
  const markers = segments.filter((s) => s.kind === "marker");
  const hidden = markers.length;
  // A boxed "LF" or "NBSP" is only clear if it says what it stands for.
  const legend = [...new Map(markers.map((m) => [m.text, m.label])).entries()];
  const summary = `${raw.length} characters, ${hidden} hidden or special character${hidden === 1 ? "" : "s"} marked`;
  return (
    <div className="flex flex-col gap-1">
      <p className="text-sm font-medium">What we see</p>
      <p
        data-testid="key-line"
        role="img"
        aria-label={summary}
        // A 16 KB key stays a few lines high and scrolls inside its box.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
        tabIndex={0}
        className="max-h-28 min-h-10 overflow-y-auto rounded-md border border-zinc-300 bg-zinc-50 p-2 font-mono text-sm break-all dark:border-zinc-700 dark:bg-zinc-900"
      >
        {segments.length === 0 ? (
          <span className="text-zinc-600 dark:text-zinc-400">(empty)</span>
        ) : (
          segments.map((s, i) => {
            if (s.kind === "gap") {
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: positions are the identity here.
                <span key={i} className="mx-1 text-xs text-zinc-600 italic dark:text-zinc-400">
                  … {s.count.toLocaleString("en")} more characters …
                </span>
              );
            }
            const tone = s.severity ? MARK[s.severity] : "";
            return s.kind === "marker" ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: positions are the identity here.
              <span key={i} data-marker={s.label} title={s.label} className={`${MARKER} ${tone}`}>
                {s.text}
              </span>
            ) : (
              // biome-ignore lint/suspicious/noArrayIndexKey: positions are the identity here.
              <span key={i} className={tone}>
                {s.text}
              </span>
            );
          })
        )}
      </p>
      {legend.length > 0 ? (
        <p className="text-xs text-zinc-700 dark:text-zinc-300" data-testid="key-line-legend">
          Boxes mark characters you cannot see:{" "}
          {legend.map(([text, label]) => `${text} = ${label}`).join(", ")}.
        </p>
      ) : null}
    </div>
  );
}
