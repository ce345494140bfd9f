import type { ProbeResult } from "@/lib/diagnosis/evidence";

export function outcomeText(p: ProbeResult): string {
  return p.outcome.kind === "response"
    ? `HTTP ${p.outcome.status}`
    : `failed: ${p.outcome.error.kind}`;
}

/** The probes as they arrive; a polite live region so progress is announced without stealing focus. */
export function ProbeProgress({
  probes,
  total,
  running,
}: {
  probes: ProbeResult[];
  total: number;
  running: boolean;
}) {
  return (
    <div aria-live="polite" className="flex flex-col gap-2" data-testid="probe-progress">
      <p className="text-sm font-medium">
        {running
          ? `Running: ${probes.length} of up to ${total} requests answered…`
          : `${probes.length} requests answered.`}
      </p>
      {probes.length > 0 ? (
        <ol className="flex flex-col gap-1 text-sm">
          {probes.map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: arrival order is the identity.
            <li key={i} className="flex flex-wrap gap-x-2">
              <span className="font-mono font-medium">{p.variant}</span>
              <span className="text-zinc-700 dark:text-zinc-300">{p.description}</span>
              <span>→ {outcomeText(p)}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
