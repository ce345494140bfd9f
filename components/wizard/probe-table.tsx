import { Badge, type Tone } from "@/components/ui/badge";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import type { Challenge } from "@/lib/providers";
import { GATEWAYS } from "@/lib/providers/gateways/index";

function challengeText(challenges: Challenge[]): string {
  return challenges
    .map((c) => {
      const params = Object.entries(c.params).map(([k, v]) => `${k}="${v}"`);
      return [c.scheme, c.token68, params.join(", ")].filter(Boolean).join(" ");
    })
    .join("; ");
}

const CELL = "border-b border-zinc-200 px-2 py-1.5 align-top dark:border-zinc-800";

function statusTone(status: number): Tone {
  if (status >= 200 && status < 300) return "good";
  return status === 401 || status === 403 || status === 407 ? "bad" : "warn";
}

/** Every request the server sent and what came back (all of it already redacted by the server). */
export function ProbeTable({ probes }: { probes: ProbeResult[] }) {
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-lg font-semibold">The test requests</h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        The same request, sent with the key placed in different ways. &ldquo;No credential&rdquo; is
        the baseline: an answer identical to it means the key was not read at all.
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard. */}
      <section aria-label="Test requests table" tabIndex={0} className="overflow-x-auto">
        <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
          <thead>
            <tr>
              {["Request", "Status", "Answered by", "Time", "Challenge", "Body"].map((h) => (
                <th key={h} scope="col" className={`${CELL} font-semibold whitespace-nowrap`}>
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
                  {/* The description says what was sent; the variant id is for cross-reference. */}
                  <th scope="row" className={`${CELL} min-w-44 font-normal`}>
                    <span className="block font-mono text-xs break-words">{p.description}</span>
                    <span className="block text-xs text-zinc-600 dark:text-zinc-400">
                      {p.variant}
                    </span>
                  </th>
                  <td className={`${CELL} whitespace-nowrap`}>
                    {o.kind === "response" ? (
                      <Badge tone={statusTone(o.status)}>{o.status}</Badge>
                    ) : (
                      <Badge tone="bad">no answer</Badge>
                    )}
                  </td>
                  <td className={`${CELL} whitespace-nowrap`}>
                    {o.kind === "response" ? GATEWAYS[o.layer.layer].name : "nobody"}
                  </td>
                  <td className={`${CELL} whitespace-nowrap`}>{Math.round(o.timeMs)} ms</td>
                  <td className={`${CELL} font-mono text-xs break-words`}>
                    {o.kind === "response" ? challengeText(o.challenges) || "none" : ""}
                  </td>
                  <td className={`${CELL} min-w-40`}>
                    {o.kind === "response" && o.bodyExcerpt ? (
                      <details>
                        <summary className="cursor-pointer">excerpt</summary>
                        <pre className="max-w-xs font-mono text-xs break-all whitespace-pre-wrap">
                          {o.bodyExcerpt}
                        </pre>
                      </details>
                    ) : o.kind === "error" ? (
                      <span className="text-xs">{o.error.message}</span>
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
