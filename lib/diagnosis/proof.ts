/**
 * What the requests of this run proved and disproved (docs/diagnosis.md). A cause is
 * confirmed only when a placement or a cleaning worked where the key as sent failed and
 * the no-credential baseline did not get the same success; a cause a request disproved
 * leaves the ranking for `ruledOut`, with the request that disproved it.
 */

import { cleanedProven, proven, provenAlternative } from "./baseline";
import type { Evidence, ProbeResult, ProbeVariant } from "./evidence";
import type { RuledOut } from "./report";
import type { AnswerReading } from "./rule-support/answer-reading";
import { refused } from "./rule-support/evidence-lookups";
import { directReading, workingOtherValue } from "./rule-support/local-evidence";
import { answerLabel } from "./rule-support/probe-sentences";
import type { CauseCandidate, CauseId, RuleContext } from "./rule-support/rule";

/** Causes the cleaned key proves when it works: the cleaning removed what they name. */
const CLEANUP: readonly CauseId[] = [
  "key_whitespace",
  "key_quotes",
  "key_scheme_prefix",
  "key_placeholder",
];

/**
 * 1-based position of a probe in `ev.probes` ("request N"): the probe itself, or the first
 * of a variant (a follow-up may repeat a placement variant, so readings pass their probe).
 */
function requestNumber(ev: Evidence, which: ProbeVariant | ProbeResult): number | undefined {
  const i =
    typeof which === "string"
      ? ev.probes.findIndex((p) => p.variant === which)
      : ev.probes.indexOf(which);
  return i < 0 ? undefined : i + 1;
}

/**
 * Whether a request of this run confirms `id`, and which one (`by`, 1-based in the report's
 * probes). The command line's own requests (another value of the variable that worked, the
 * same request sent around the proxy) confirm too, but are not in the probe table: no `by`.
 */
export function confirmation(
  ev: Evidence,
  ctx: RuleContext,
  id: CauseId,
): { by?: number } | undefined {
  if (CLEANUP.includes(id) && cleanedProven(ctx)) return { by: requestNumber(ev, "cleaned") };
  if (id === "wrong_auth_header") {
    const alt = provenAlternative(ctx);
    if (alt) return { by: requestNumber(ev, alt.probe) };
  }
  const asSentFailed = ctx.asSent !== undefined && !proven(ctx, ctx.asSent);
  if (id === "stale_environment" && asSentFailed && workingOtherValue(ev)) return {};
  if (id === "proxy_strips_auth" && asSentFailed && directReading(ev)?.works) return {};
  return undefined;
}

/** What a working key disproves, one clause per cause (each sentence appears once). */
const DISPROVED_BY_SUCCESS: Partial<Record<CauseId, string>> = {
  key_rejected: "the API accepts this key",
  key_expired: "the key has not expired",
  key_not_yet_valid: "the key is already valid",
  key_truncated: "the key is complete",
  key_wrong_provider: "the key belongs to this API",
  key_wrong_type: "this kind of key is accepted here",
  wrong_endpoint: "the endpoint is the right one",
  endpoint_unreachable: "the endpoint answers",
  gateway_rejected: "the gateway lets this key through",
  credentials_not_received: "the key arrives",
  not_authorized: "the key is allowed to make this request",
};

/** The request whose success proves the key itself works: as sent, cleaned, or placed otherwise. */
function workingRequest(ctx: RuleContext): AnswerReading | undefined {
  if (proven(ctx, ctx.asSent)) return ctx.asSent;
  if (cleanedProven(ctx)) return ctx.cleaned;
  return provenAlternative(ctx);
}

/**
 * The causes a request of this run disproved, among those the rules proposed. A cause
 * listed here is removed from the ranking.
 */
export function ruledOut(
  ev: Evidence,
  ctx: RuleContext,
  proposed: readonly CauseCandidate[],
): RuledOut[] {
  const ids = new Set(proposed.map((c) => c.id));
  const out = new Map<CauseId, string>();
  const n = (r: AnswerReading) => requestNumber(ev, r.probe);

  const working = workingRequest(ctx);
  if (working) {
    const asSentWorks = working === ctx.asSent;
    for (const [id, clause] of Object.entries(DISPROVED_BY_SUCCESS) as [CauseId, string][]) {
      // Sent as is, the key worked: "not received" and "not authorized" are disproved too;
      // after a cleaning or another placement they may still describe the original request.
      if (!asSentWorks && (id === "credentials_not_received" || id === "not_authorized")) continue;
      if (!ids.has(id)) continue;
      out.set(
        id,
        `Request ${n(working)} (${working.probe.description}) got ${answerLabel(working)}: ${clause}.`,
      );
    }
    const header = proposed.find((c) => c.id === "wrong_auth_header");
    if (asSentWorks && header && header.basis !== "environment") {
      out.set(
        "wrong_auth_header",
        `Request ${n(working)} worked with the key where it was sent: the placement is right.`,
      );
    }
  }

  // An open endpoint that refuses this key: the key was read where it was sent.
  const asSent = refused(ctx);
  const baseline = ctx.noCredential;
  if (asSent && baseline?.success && asSent.response.status !== 429) {
    const a = n(asSent);
    const b = n(baseline);
    if (ids.has("credentials_not_received")) {
      out.set(
        "credentials_not_received",
        `Request ${a} with the key was refused while request ${b} without a key was answered: the key arrived.`,
      );
    }
    const header = proposed.find((c) => c.id === "wrong_auth_header");
    if (header && header.basis !== "environment") {
      out.set(
        "wrong_auth_header",
        `The key changed the answer (request ${a} refused, request ${b} without a key answered): the API reads it where it was sent.`,
      );
    }
  }

  // The fingerprint check: the running process holds this key (as pasted or cleaned).
  const check = ev.environment?.fingerprintCheck;
  const echoDiffers = (ev.environment?.echo ?? []).some(
    (e) => e.credential && e.credential.fingerprint !== (ev.keyFingerprint ?? ev.key.fingerprint),
  );
  if (check?.matches === true && !echoDiffers) {
    out.set(
      "stale_environment",
      check.matchedForm === "cleaned"
        ? "Your app holds the key without the stray characters; they are only in what you pasted."
        : "The fingerprint check shows your running app holds the same key as the one pasted here.",
    );
  }
  return [...out].map(([id, because]) => ({ id, because }));
}
