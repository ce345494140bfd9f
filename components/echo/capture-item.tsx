import type { CapturedCredential, EchoCapture } from "@/lib/echo/capture-schema";
import type { EchoComparison } from "@/lib/echo/compare";
import { VerdictBadge } from "./verdict-badge";

function credentialLine(c: CapturedCredential): string {
  const where = c.location === "header" ? c.name : `${c.location} "${c.name}"`;
  const scheme = c.scheme === "none" ? "no scheme" : c.scheme;
  const part = c.basicPart ? ` (${c.basicPart})` : "";
  return `${where} · ${scheme}${part} · ${c.fingerprint} · ${c.length} characters`;
}

function bodyLine(body: NonNullable<EchoCapture["body"]>): string {
  const size = body.truncated
    ? `more than ${Math.floor(body.size / 1024)} KB`
    : `${body.size} bytes`;
  return `${body.contentType ?? "unknown type"}, ${size} (not stored)`;
}

/** One captured request: what arrived, and what it means for the pasted key. */
export function CaptureItem({
  capture,
  comparison,
}: {
  capture: EchoCapture;
  comparison: EchoComparison | undefined;
}) {
  const time = new Date(capture.receivedAt).toLocaleTimeString();
  return (
    <li
      data-capture-id={capture.id}
      className="flex flex-col gap-2 rounded-md border border-zinc-300 p-3 dark:border-zinc-700"
    >
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <code className="font-mono text-sm font-semibold break-all">
          {capture.method} {capture.path}
        </code>
        <span className="text-xs text-zinc-600 dark:text-zinc-400">{time}</span>
      </div>
      {capture.credentials.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm" aria-label="Credentials seen">
          {capture.credentials.map((c) => (
            <li key={`${c.location}:${c.name}`} className="font-mono text-xs break-all">
              {credentialLine(c)}
              {c.findingKinds.length > 0 ? ` · ${c.findingKinds.join(", ")}` : ""}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm">No credential in any header, query parameter or body field.</p>
      )}
      {comparison ? (
        <div className="flex flex-col gap-2">
          {comparison.verdicts.map((v) => (
            <VerdictBadge key={v.kind === "cause" ? v.causeId : v.kind} verdict={v} />
          ))}
        </div>
      ) : null}
      <details className="text-sm">
        <summary className="cursor-pointer">
          {capture.headerNames.length} header names{capture.body ? ", body" : ""}
        </summary>
        <p className="mt-1 font-mono text-xs break-all">{capture.headerNames.join(", ")}</p>
        {capture.headerNames.some((h) => h.startsWith("x-forwarded-")) ? (
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            x-forwarded-* may be added by this server itself; via, forwarded or x-real-ip point to a
            proxy on the way.
          </p>
        ) : null}
        {capture.body ? <p className="mt-1 text-xs">Body: {bodyLine(capture.body)}</p> : null}
      </details>
    </li>
  );
}
