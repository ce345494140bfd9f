/**
 * Evidence → ranked causes. Pure: no clock, no I/O, no key material in the output.
 * `lib/probe` calls it on the server, after the probes (or with none, for an
 * inspection-only request); see docs/architecture.md, "How a diagnosis flows".
 */

import { getProvider } from "../providers";
import { buildContext } from "./context";
import { resolveContradictions } from "./contradictions";
import type { Evidence } from "./evidence";
import { type Cause, REPORT_VERSION, type Report, type Verdict } from "./report";
import type { CauseCandidate } from "./rule-support/rule";
import { RULES } from "./rules";
import { keyScrubber } from "./scrub";

const MIN_CONFIDENCE = 0.05;
/** Below this, the best cause is too weak to stand without `inconclusive` beside it. */
const CONVINCING = 0.5;

function round(n: number): number {
  return Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;
}

/** All rules, contradictions resolved, sorted by confidence; the top one first. */
function rankCandidates(ev: Evidence): CauseCandidate[] {
  const ctx = buildContext(ev);
  const proposed = Object.values(RULES)
    .map((rule) => rule(ev, ctx))
    .filter((c): c is CauseCandidate => c !== undefined);
  const resolved = resolveContradictions(proposed, ctx)
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
  return ranked.map(keyScrubber(ev)).map(withoutRepeats);
}

/** The same sentence twice reads as a glitch: each cause says each thing once. */
function withoutRepeats(c: CauseCandidate): CauseCandidate {
  return { ...c, evidence: [...new Set(c.evidence)], fix: [...new Set(c.fix)] };
}

function toCause(c: CauseCandidate): Cause {
  return { id: c.id, confidence: c.confidence, title: c.title, evidence: c.evidence, fix: c.fix };
}

/** Causes sorted by confidence (0..1, highest first); never empty. */
export function diagnose(evidence: Evidence): Cause[] {
  return rankCandidates(evidence).map(toCause);
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
  const ranked = rankCandidates(evidence);
  const top = ranked[0]!;
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
    causes: ranked.map(toCause),
    verdict: verdictOf(top),
  };
}

export type { CauseCandidate, Rule, RuleContext } from "./rule-support/rule";
export { RULES } from "./rules";
