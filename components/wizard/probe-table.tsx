"use client";

import { Fragment, useState } from "react";
import { Badge, type Tone } from "@/components/ui/badge";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import type { Challenge } from "@/lib/providers";
import { GATEWAYS } from "@/lib/providers/gateways/index";
import { formatMs, prettyBody, probeLabel } from "./probe-labels";

function challengeText(challenges: Challenge[]): string {
  return challenges
    .map((c) => {
      const params = Object.entries(c.params).map(([k, v]) => `${k}="${v}"`);
      return [c.scheme, c.token68, params.join(", ")].filter(Boolean).join(" ");
    })
    .join("; ");
}

// Below sm the table is drawn as one card per request (the cells stack, labelled).
const CELL =
  "block border-zinc-200 px-2 py-1 align-top sm:table-cell sm:border-b sm:py-1.5 dark:border-zinc-800";
const LABELLED = `${CELL} before:mr-1 before:font-medium before:content-[attr(data-label)] sm:before:content-none`;

function statusTone(status: number): Tone {
  if (status >= 200 && status < 300) return "good";
  return status === 401 || status === 403 || status === 407 ? "bad" : "warn";
}

/** A long body scrolls inside its box, never the page sideways. */
function BodyBox({ label, body }: { label: string; body: string }) {
  return (
    <div className="min-w-0">
      <section
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
        tabIndex={0}
        aria-label={label}
        className="max-h-80 overflow-y-auto rounded bg-zinc-100 p-2 dark:bg-zinc-900"
      >
        <pre className="font-mono text-xs break-all whitespace-pre-wrap">{body}</pre>
      </section>
    </div>
  );
}

/** The answer in full: status, who answered, the kept headers and the pretty-printed body. */
function ProbeDetails({ probe }: { probe: ProbeResult }) {
  const o = probe.outcome;
  if (o.kind === "error") {
    return <p className="text-sm">{o.error.message}</p>;
  }
  const headers = Object.entries(o.headers);
  const challenge = challengeText(o.challenges);
  const body = prettyBody(probe);
  return (
    <div className="flex min-w-0 flex-col gap-2 text-sm">
      {challenge ? (
        <p className="break-words">
          <span className="font-medium">Challenge: </span>
          <code className="font-mono text-xs">{challenge}</code>
        </p>
      ) : null}
      <div>
        <p className="font-medium">Headers we kept</p>
        {headers.length ? (
          <dl className="grid grid-cols-1 font-mono text-xs sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)] sm:gap-x-3">
            {headers.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="break-all text-zinc-700 dark:text-zinc-300">{k}</dt>
                <dd className="mb-1 break-all">{v}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="text-xs">None worth keeping.</p>
        )}
      </div>
      <div>
        <p className="font-medium">
          Body{o.bodyTruncated ? " (the beginning; the rest was not read)" : ""}
          {body ? "" : ": empty"}
        </p>
        {body ? <BodyBox label={`Response body: ${probeLabel(probe)}`} body={body} /> : null}
      </div>
    </div>
  );
}

/**
 * Every request the server sent and what came back (all of it already redacted by the
 * server), numbered as the report's "Confirmed by request N" counts them. Each row opens to
 * the full answer across the whole width.
 */
export function ProbeTable({ probes }: { probes: ProbeResult[] }) {
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (i: number) =>
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <h3 className="text-lg font-semibold">The test requests</h3>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        The same request, sent with the key placed in different ways. &ldquo;No key&rdquo; is the
        baseline: an answer identical to it means the key was not read at all.
      </p>
      <table className="block w-full border-collapse text-left text-sm sm:table">
        <thead className="sr-only sm:not-sr-only sm:table-header-group">
          <tr>
            {["#", "Request", "Status", "Answered by", "Time", ""].map((h, i) => (
              <th key={h || i} scope="col" className={`${CELL} font-semibold whitespace-nowrap`}>
                {h || <span className="sr-only">Details</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="flex flex-col gap-2 sm:table-row-group">
          {probes.map((p, i) => {
            const o = p.outcome;
            const n = i + 1;
            const isOpen = open.has(i);
            const detailsId = `probe-${n}-details`;
            return (
              <Fragment key={`${p.variant}-${p.description}`}>
                <tr
                  data-variant={p.variant}
                  data-request={n}
                  className="block rounded-lg border border-zinc-300 py-1 sm:table-row sm:rounded-none sm:border-0 dark:border-zinc-700"
                >
                  <td className={`${CELL} font-mono text-xs text-zinc-700 dark:text-zinc-300`}>
                    Request {n}
                  </td>
                  <th scope="row" className={`${CELL} font-normal sm:min-w-44`}>
                    <span className="block font-medium">{probeLabel(p)}</span>
                    <span className="block font-mono text-xs break-words text-zinc-700 dark:text-zinc-300">
                      {p.description}
                    </span>
                  </th>
                  <td className={LABELLED} data-label="Status:">
                    {o.kind === "response" ? (
                      <Badge tone={statusTone(o.status)}>{o.status}</Badge>
                    ) : (
                      <Badge tone="bad">no answer</Badge>
                    )}
                  </td>
                  <td className={LABELLED} data-label="Answered by:">
                    {o.kind === "response" ? GATEWAYS[o.layer.layer].name : "nobody"}
                  </td>
                  <td className={`${LABELLED} whitespace-nowrap`} data-label="Time:">
                    {formatMs(o.timeMs)}
                  </td>
                  <td className={CELL}>
                    <button
                      type="button"
                      aria-expanded={isOpen}
                      aria-controls={detailsId}
                      onClick={() => toggle(i)}
                      className="min-h-8 text-sm font-medium text-blue-800 underline-offset-2 hover:underline dark:text-blue-300"
                    >
                      {isOpen ? "Hide answer" : "Show answer"}
                      <span className="sr-only"> of request {n}</span>
                    </button>
                  </td>
                </tr>
                <tr
                  id={detailsId}
                  hidden={!isOpen}
                  data-details-for={n}
                  className="block sm:table-row"
                >
                  <td colSpan={6} className={`${CELL} sm:px-3`}>
                    <ProbeDetails probe={p} />
                  </td>
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
