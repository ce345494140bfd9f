import type { ProbeResult } from "@/lib/diagnosis/evidence";
import type { Challenge } from "@/lib/providers/types";
import { LAYER_NAMES } from "./layer-names";

function challengeText(challenges: Challenge[]): string {
  return challenges
    .map((c) => {
      const params = Object.entries(c.params).map(([k, v]) => `${k}="${v}"`);
      return [c.scheme, c.token68, params.join(", ")].filter(Boolean).join(" ");
    })
    .join("; ");
}

const CELL = "border-b border-zinc-200 px-2 py-1.5 align-top dark:border-zinc-800";

/** Every request the server sent and what came back (all of it already redacted by the server). */
export function ProbeTable({ probes }: { probes: ProbeResult[] }) {
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-lg font-semibold">The test requests</h3>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section aria-label="Test requests table" tabIndex={0} className="overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
          <thead>
            <tr>
              {["Variant", "Request", "Status", "Layer", "Time", "Challenge", "Body"].map((h) => (
                <th key={h} scope="col" className={`${CELL} font-semibold`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {probes.map((p) => {
              const o = p.outcome;
              return (
                <tr key={`${p.variant}-${p.description}`} data-variant={p.variant}>
                  <th scope="row" className={`${CELL} font-mono font-medium`}>
                    {p.variant}
                  </th>
                  <td className={`${CELL} font-mono text-xs break-all`}>{p.description}</td>
                  <td className={CELL}>
                    {o.kind === "response" ? o.status : `error: ${o.error.kind}`}
                  </td>
                  <td className={CELL}>
                    {o.kind === "response" ? LAYER_NAMES[o.layer.layer] : "none"}
                  </td>
                  <td className={CELL}>{Math.round(o.timeMs)} ms</td>
                  <td className={`${CELL} font-mono text-xs break-all`}>
                    {o.kind === "response" ? challengeText(o.challenges) || "none" : ""}
                  </td>
                  <td className={CELL}>
                    {o.kind === "response" && o.bodyExcerpt ? (
                      <details>
                        <summary className="cursor-pointer">excerpt</summary>
                        <pre className="max-w-xs font-mono text-xs break-all whitespace-pre-wrap">
                          {o.bodyExcerpt}
                        </pre>
                      </details>
                    ) : o.kind === "error" ? (
                      o.error.message
                    ) : (
                      "empty"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
