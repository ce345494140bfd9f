/**
 * Evidence → ranked causes. Pure: no clock, no I/O, no key material in the output.
 * `lib/probe` calls it on the server, after the probes (or with none, for an
 * inspection-only request); see docs/architecture.md, "How a diagnosis flows".
 */

import { getProvider } from "../providers";
import { EVEN, NEGLIGIBLE } from "./confidence";
import { buildContext } from "./context";
import { resolveContradictions } from "./contradictions";
import type { Evidence } from "./evidence";
import { confirmation, ruledOut } from "./proof";
import { type Cause, REPORT_VERSION, type Report, type RuledOut, type Verdict } from "./report";
import type { CauseCandidate } from "./rule-support/rule";
import { RULES } from "./rules";
import { keyScrubber, textScrubber } from "./scrub";

const MIN_CONFIDENCE = NEGLIGIBLE;
/** Below this, the best cause is too weak to stand without `inconclusive` beside it. */
const CONVINCING = EVEN;

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}

interface Ranking {
  causes: CauseCandidate[];
  ruledOut: RuledOut[];
  /** The confirmed causes, with the number of the request that proved each when it is in the table. */
  confirmed: Map<CauseCandidate["id"], { by?: number }>;
}

/** All rules, contradictions resolved, disproved causes set aside, sorted by confidence. */
function rankCandidates(ev: Evidence): Ranking {
  const ctx = buildContext(ev);
  const proposed = Object.values(RULES)
    .map((rule) => rule(ev, ctx))
    .filter((c): c is CauseCandidate => c !== undefined);
  const out = ruledOut(ev, ctx, proposed);
  const disproved = new Set(out.map((r) => r.id));
  const resolved = resolveContradictions(proposed, ctx)
    .filter((c) => !disproved.has(c.id))
    .map((c) => ({ ...c, confidence: round(c.confidence) }))
    .filter((c) => c.confidence >= MIN_CONFIDENCE);
  const best = resolved
    .filter((c) => c.id !== "inconclusive")
    .reduce((m, c) => Math.max(m, c.confidence), 0);
  // Inspection-only reports always say "run the test"; after probes, only when nothing convinces.
  const keepInconclusive = !ctx.hasProbes || best < CONVINCING;
  const ranked = resolved
    .filter((c) => c.id !== "inconclusive" || keepInconclusive)
    .sort((a, b) => b.confidence - a.confidence);
  if (ranked.length === 0) {
    const fallback = RULES.inconclusive(ev, ctx);
    if (fallback)
      ranked.push({
        ...fallback,
        confidence: round(Math.max(fallback.confidence, MIN_CONFIDENCE)),
      });
  }
  const confirmed = new Map<CauseCandidate["id"], { by?: number }>();
  for (const c of ranked) {
    const proof = confirmation(ev, ctx, c.id);
    if (proof) confirmed.set(c.id, proof);
  }
  const scrub = keyScrubber(ev);
  const scrubText = textScrubber(ev);
  const causes = statedOnce(ranked.map(scrub).map(withoutRepeats));
  return {
    causes,
    ruledOut: out.map((r) => ({ id: r.id, because: scrubText(r.because) })),
    confirmed,
  };
}

/** The same sentence twice reads as a glitch: each cause says each thing once. */
function withoutRepeats(c: CauseCandidate): CauseCandidate {
  return { ...c, evidence: [...new Set(c.evidence)], fix: [...new Set(c.fix)] };
}

/**
 * Each finding once per report: evidence a higher-ranked cause already stated is not
 * repeated under a lower one (the top cause keeps all of its own). Fix steps may repeat:
 * each cause's list must stand on its own.
 */
function statedOnce(causes: CauseCandidate[]): CauseCandidate[] {
  const said = new Set<string>();
  return causes.map((c) => {
    const evidence = c.evidence.filter((e) => !said.has(e));
    for (const e of evidence) said.add(e);
    return { ...c, evidence };
  });
}

function toCause(c: CauseCandidate, confirmed: Map<CauseCandidate["id"], { by?: number }>): Cause {
  const proof = confirmed.get(c.id);
  const n = proof?.by;
  const cause: Cause = {
    id: c.id,
    confidence: c.confidence,
    confirmed: proof !== undefined,
    title: c.title,
    evidence: c.evidence,
    fix: c.fix,
  };
  if (n !== undefined) cause.confirmedBy = n;
  return cause;
}

/** Causes sorted by confidence (0..1, highest first); never empty. */
export function diagnose(evidence: Evidence): Cause[] {
  const { causes, confirmed } = rankCandidates(evidence);
  return causes.map((c) => toCause(c, confirmed));
}

/** The causes a request of this run disproved (they are not among `diagnose`'s causes). */
export function diagnoseRuledOut(evidence: Evidence): RuledOut[] {
  return rankCandidates(evidence).ruledOut;
}

function verdictOf(top: CauseCandidate): Verdict {
  const first = top.evidence[0];
  const step = top.fix[0];
  return {
    causeId: top.id,
    headline: top.headline,
    summary: [...new Set([first, step].filter(Boolean))].join(" "),
  };
}

/** The whole report (see docs/diagnosis.md, "The report"). `createdAt` is passed in: this module never reads the clock. */
export function buildReport(evidence: Evidence, createdAt: string): Report {
  const { causes, ruledOut: out, confirmed } = rankCandidates(evidence);
  const top = causes[0]!;
  let provider: Report["provider"] = null;
  if (evidence.providerId) {
    try {
      const p = getProvider(evidence.providerId);
      provider = { id: p.id, name: p.name, source: evidence.providerSource ?? "none" };
    } catch {
      provider = null;
    }
  }
  return {
    version: REPORT_VERSION,
    createdAt,
    target: evidence.target ?? null,
    provider,
    key: evidence.key,
    probes: evidence.probes,
    causes: causes.map((c) => toCause(c, confirmed)),
    ruledOut: out,
    verdict: verdictOf(top),
  };
}

export type { CauseCandidate, Rule, RuleContext } from "./rule-support/rule";
export { RULES } from "./rules";
