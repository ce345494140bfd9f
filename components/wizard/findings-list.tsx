import { Badge, type Tone } from "@/components/ui/badge";
import type { Finding, Severity } from "@/lib/inspect/inspection";

const TONE: Record<Severity, Tone> = { error: "bad", warning: "warn", info: "info" };

/** Inspection findings in words; a live region so they are announced while typing. */
export function FindingsList({ findings, empty }: { findings: Finding[]; empty: boolean }) {
  return (
    <div aria-live="polite" data-testid="findings" className="flex flex-col gap-2">
      <h3 className="text-base font-semibold">Findings</h3>
      {empty ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">Paste a key to inspect it.</p>
      ) : findings.length === 0 ? (
        <p className="text-sm text-emerald-800 dark:text-emerald-300">
          No hidden characters, prefixes or placeholders found.
        </p>
      ) : (
        <ul className="flex flex-col gap-2">
          {findings.map((f) => (
            <li
              key={`${f.kind}-${f.index}`}
              data-finding={f.kind}
              className="flex items-start gap-2 text-sm"
            >
              <Badge tone={TONE[f.severity]}>{f.severity}</Badge>
              <span>
                {f.message}
                {f.length > 0 && !/\bat (character|position)\b/.test(f.message) ? (
                  <span className="text-zinc-700 dark:text-zinc-300">
                    {" "}
                    (at character {f.index + 1})
                  </span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
