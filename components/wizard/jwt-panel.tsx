"use client";

import { Badge, type Tone } from "@/components/ui/badge";
import { formatLocalTime } from "@/components/ui/local-time";
import { judgeJwt } from "@/lib/inspect";
import type { JwtInfo, JwtJudgement } from "@/lib/inspect/inspection";

const STATE: Record<JwtJudgement["state"], { tone: Tone; label: string }> = {
  valid: { tone: "good", label: "valid now" },
  expired: { tone: "bad", label: "expired" },
  not_yet_valid: { tone: "bad", label: "not yet valid" },
  no_expiry: { tone: "neutral", label: "no expiry" },
};

function when(seconds: number | undefined): string | undefined {
  if (seconds === undefined) return undefined;
  const d = new Date(seconds * 1000);
  return Number.isNaN(d.getTime())
    ? String(seconds)
    : `${formatLocalTime(d.toISOString())} (${seconds})`;
}

/** Decoded JWT claims, judged against this browser's clock (the server judges again by its own). */
export function JwtPanel({ jwt }: { jwt: JwtInfo }) {
  const judgement = judgeJwt(jwt, Date.now());
  const state = STATE[judgement.state];
  const rows: [string, string | undefined][] = [
    ["Algorithm", jwt.alg],
    ["Issuer (iss)", jwt.iss],
    ["Subject (sub)", jwt.sub],
    ["Audience (aud)", Array.isArray(jwt.aud) ? jwt.aud.join(", ") : jwt.aud],
    ["Scope", jwt.scope],
    ["Expires (exp)", when(jwt.exp)],
    ["Not before (nbf)", when(jwt.nbf)],
    ["Issued (iat)", when(jwt.iat)],
  ];
  return (
    <div
      data-testid="jwt-panel"
      className="flex flex-col gap-2 rounded-md border border-zinc-300 p-3 dark:border-zinc-700"
    >
      <h3 className="flex flex-wrap items-center gap-2 text-base font-semibold">
        This key is a JWT <Badge tone={state.tone}>{state.label}</Badge>
      </h3>
      <p className="text-sm" data-testid="jwt-relative">
        {judgement.relative}{" "}
        <span className="text-zinc-700 dark:text-zinc-300">(by this browser's clock)</span>
      </p>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        {rows
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => (
            <div key={k} className="contents">
              <dt className="font-medium">{k}</dt>
              <dd className="break-all text-zinc-800 dark:text-zinc-200">{v}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}
