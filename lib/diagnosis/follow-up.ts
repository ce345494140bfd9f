/**
 * The follow-up round (docs/diagnosis.md, "The follow-up round"): after the first round,
 * the placements the answering layer or the provider reads that no request tried yet, and
 * the hyphen spelling of an underscored header name. Pure: the server plans with it after
 * its first round, and the wizard's consent count uses its cap.
 */

import type { Provider, ResolvedAuth } from "../providers";
import { GATEWAYS, isForbiddenHeader, type LayerId, sameAuth } from "../providers";
import type { FollowUpReason, ProbeResult, ProbeVariant } from "./evidence";
import { isSafeMethod } from "./probe-plan";
import { type AnswerReading, readAnswer } from "./rule-support/answer-reading";
import { ALTERNATIVE_VARIANTS, sameAnswer } from "./rule-support/probe-lookups";

/** At most this many follow-up requests, whatever the layer and the provider list. */
export const MAX_FOLLOW_UP = 4;

export interface FollowUpPlacement {
  auth: ResolvedAuth;
  reason: FollowUpReason;
}

export type { FollowUpReason };

interface FollowUpInput {
  /** The first round's results, redacted, in the order they were planned. */
  probes: ProbeResult[];
  /** The placement the key was sent in as-sent. */
  asSent: ResolvedAuth;
  provider?: Provider;
  method: string;
  tryVariants: boolean;
}

/** The layer must be this sure of itself before its placements are worth a request. */
const LAYER_CONFIDENCE = 0.4;
/**
 * A query placement puts the key in a URL, which lands in that server's access logs: only
 * for a layer that named itself clearly (its own words or header), not one merely guessed.
 */
const QUERY_CONFIDENCE = 0.7;

/**
 * An underscored header name, spelled with hyphens ("x_api_key" → "x-api-key"); none when
 * that spelling is a header the key may never go in ("proxy_authorization" would hand it
 * to a proxy, "metadata_flavor" is a cloud metadata header).
 */
export function hyphenSpelling(auth: ResolvedAuth): ResolvedAuth | undefined {
  if (auth.placement !== "header" || !auth.name.includes("_")) return undefined;
  const name = auth.name.replaceAll("_", "-");
  return isForbiddenHeader(name) ? undefined : { placement: "header", name };
}

/** Gateways that answered a first-round request, surest first, each once, with how sure. */
function answeringLayers(probes: ProbeResult[]): [LayerId, number][] {
  const seen = new Map<LayerId, number>();
  for (const p of probes) {
    if (p.outcome.kind !== "response") continue;
    const { layer, isGateway, confidence } = p.outcome.layer;
    if (!isGateway || confidence < LAYER_CONFIDENCE) continue;
    seen.set(layer, Math.max(seen.get(layer) ?? 0, confidence));
  }
  return [...seen].sort((a, b) => b[1] - a[1]);
}

/**
 * The follow-up placements worth a request, at most MAX_FOLLOW_UP; empty when none can
 * change the answer. Each condition below is one way a request would be wasted (or unsafe).
 */
export function planFollowUp(input: FollowUpInput): FollowUpPlacement[] {
  // A follow-up resends the request: only for methods safe to repeat, like the first
  // round's variants, and never when the user asked for the key as sent only.
  if (!input.tryVariants || !isSafeMethod(input.method)) return [];
  const read = (p: ProbeResult) => readAnswer(input.provider, p);
  const first = (variant: ProbeVariant) => {
    const p = input.probes.find((q) => q.variant === variant);
    return p ? read(p) : undefined;
  };
  // A key that cannot go in a header (a line break) has no as-sent answer: the cleaned
  // key, sent in the same placement, stands for it.
  const asSent = first("as-sent") ?? first("cleaned");
  const baseline = first("no-credential");
  // A success proves something only where the baseline did not get the same one.
  const proven = (r: AnswerReading | undefined) =>
    r?.success === true && !(baseline?.success && sameAnswer(baseline.response, r.response));
  const alternatives = input.probes
    .filter((p) => ALTERNATIVE_VARIANTS.includes(p.variant))
    .map(read);
  // No HTTP answer to the key at all (unreachable): a placement cannot fix a connection.
  if (!asSent) return [];
  // The key as sent worked: nothing is left to prove.
  if (asSent.success) return [];
  // A first-round request already proved where the key works (a cleaning or another
  // placement): the answer is known, one more success would not change it.
  if (proven(first("cleaned")) || alternatives.some(proven)) return [];
  // An open endpoint answered without a key and refused this one: the key was read where
  // it was sent and refused, and no placement makes a refused key good.
  if (baseline?.success) return [];
  // A rate limit answers every request the same: more requests only deepen it.
  const limited = input.probes.some(
    (p) => p.outcome.kind === "response" && p.outcome.status === 429,
  );
  if (limited) return [];

  const tried = input.probes.flatMap((p) => (p.auth ? [p.auth] : []));
  const out: FollowUpPlacement[] = [];
  const add = (auth: ResolvedAuth, reason: FollowUpReason) => {
    if (out.length >= MAX_FOLLOW_UP) return;
    // A placement a request already tried cannot answer differently the second time.
    if (tried.some((t) => sameAuth(t, auth)) || out.some((o) => sameAuth(o.auth, auth))) return;
    out.push({ auth, reason });
  };

  // The underscore first: nginx and the proxies built on it drop such names silently, and
  // only the hyphen spelling tells that from a refused key.
  const hyphen = hyphenSpelling(input.asSent);
  if (hyphen && input.asSent.placement === "header") {
    add(hyphen, { kind: "hyphen", from: input.asSent.name });
  }
  // Where the layer that answered reads its own key (query placements only because the
  // layer reads them there: a key in a URL lands in that server's logs).
  for (const [layer, confidence] of answeringLayers(input.probes)) {
    for (const auth of GATEWAYS[layer].placements) {
      if (auth.placement === "query" && confidence < QUERY_CONFIDENCE) continue;
      add(auth, { kind: "layer", layer });
    }
  }
  // The provider's own placements the first round's cap left out.
  const p = input.provider;
  if (p) {
    for (const a of [p.auth, ...p.alternativeAuth]) {
      const auth: ResolvedAuth =
        a.placement === "header" || a.placement === "query"
          ? { placement: a.placement, name: a.name }
          : { placement: a.placement };
      add(auth, { kind: "provider" });
    }
  }
  return out;
}
