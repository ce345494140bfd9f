/**
 * Contradiction rules (see docs/diagnosis.md, "Contradictions"). Rules judge one cause each; this step
 * lets the stronger proof win when two causes explain the same answer: a working variant
 * beats a refusal, a root cause beats its symptom.
 */

import { cleanedProven, provenAlternative } from "./baseline";
import { EVEN, LEANING, LIKELY, NOTCH, SAID, STRONG } from "./confidence";
import type { CauseCandidate, CauseId, RuleContext } from "./rule-support/rule";

const KEY_CLEANUP: readonly CauseId[] = ["key_whitespace", "key_quotes", "key_scheme_prefix"];

/** Causes still standing when the key is proven to work from here. */
const SURVIVE_SUCCESS: readonly CauseId[] = [
  "credentials_work",
  "stale_environment",
  "proxy_strips_auth",
  "inconclusive",
];

type Table = Map<CauseId, CauseCandidate>;

function scale(table: Table, ids: readonly CauseId[], factor: number): void {
  for (const id of ids) {
    const c = table.get(id);
    if (c) c.confidence *= factor;
  }
}

/** When `winner` is convincing, each loser ends up just below it. */
function rank(table: Table, winner: CauseId, losers: readonly CauseId[], atLeast = EVEN): void {
  const w = table.get(winner);
  if (!w || w.confidence < atLeast) return;
  for (const id of losers) {
    const l = table.get(id);
    if (l && l.confidence >= w.confidence) l.confidence = w.confidence - NOTCH;
  }
}

export function resolveContradictions(
  candidates: CauseCandidate[],
  ctx: RuleContext,
): CauseCandidate[] {
  const table: Table = new Map();
  for (const c of candidates) {
    const prev = table.get(c.id);
    if (!prev || c.confidence > prev.confidence) table.set(c.id, { ...c });
  }
  const asSentWorks = ctx.asSent?.success === true;
  // A success the no-credential baseline got too proves nothing.
  const cleanedWorks = !asSentWorks && cleanedProven(ctx);
  const altWorks = !asSentWorks && provenAlternative(ctx) !== undefined;

  if (asSentWorks) {
    // It works from here: what differs is the user's environment, not the key.
    for (const c of table.values()) {
      if (!SURVIVE_SUCCESS.includes(c.id) && c.basis !== "environment") c.confidence *= 0.15;
    }
  }
  if (cleanedWorks) {
    scale(table, ["key_rejected", "gateway_rejected", "key_truncated", "key_wrong_type"], 0.2);
    scale(table, ["credentials_not_received", "wrong_auth_header"], 0.3);
  }
  if (altWorks) {
    scale(table, ["key_rejected", "key_wrong_type", "key_wrong_provider"], 0.2);
    scale(table, ["credentials_not_received", "gateway_rejected"], 0.4);
  }
  if (ctx.asSent?.response.status === 407) {
    for (const c of table.values()) if (c.id !== "proxy_auth_required") c.confidence *= 0.4;
  }

  // Root causes over their symptoms.
  const symptoms: CauseId[] = ["key_rejected", "credentials_not_received", "wrong_endpoint"];
  // A placeholder, a variable name or a redacted copy was never the key: "check that the key
  // still exists" would send the user after the wrong thing, so the refusal fades well below.
  const placeholder = table.get("key_placeholder");
  if (placeholder && placeholder.confidence >= STRONG) scale(table, symptoms, 0.5);
  rank(table, "key_placeholder", [
    ...symptoms,
    "key_wrong_type",
    "key_wrong_provider",
    "key_truncated",
  ]);
  if (cleanedWorks) for (const id of KEY_CLEANUP) rank(table, id, symptoms);
  for (const id of ["key_truncated", "key_wrong_provider", "key_wrong_type"] as const) {
    rank(table, id, ["key_rejected", "credentials_not_received", "gateway_rejected"], LEANING);
  }
  rank(table, "key_wrong_provider", ["wrong_endpoint"], LEANING);
  if (ctx.jwt?.state === "expired") rank(table, "key_expired", ["key_rejected"]);
  if (ctx.jwt?.state === "not_yet_valid")
    rank(table, "key_not_yet_valid", ["key_rejected", "key_expired"]);
  // A gateway that found no key, where the key sat in a header it does not read: the
  // header is the root of the gateway's refusal (rule wrong_auth_header only reaches SAID
  // here from the gateway's own placements or the catalog's).
  if (ctx.asSent?.meaning === "missing" && ctx.asSent.response.layer.isGateway) {
    rank(table, "wrong_auth_header", ["gateway_rejected", "credentials_not_received"], SAID);
  }
  rank(table, "gateway_rejected", ["key_rejected", "credentials_not_received"], LIKELY);
  // A gateway that "answers as if no key was sent" is the gateway refusing: the refusal
  // is the root, the missing credential its symptom (both name the same layer).
  if (ctx.asSent?.response.layer.isGateway) {
    rank(table, "gateway_rejected", ["credentials_not_received"]);
  }
  rank(table, "proxy_auth_required", ["gateway_rejected", "credentials_not_received"]);
  // Proven in the user's own environment: more actionable than "it works from here".
  rank(table, "stale_environment", ["credentials_work"], STRONG);
  rank(table, "proxy_strips_auth", ["credentials_work"], STRONG);
  // The key in a header the API does not read is why it "was not received".
  rank(table, "wrong_auth_header", ["credentials_not_received"], STRONG);
  if (altWorks)
    rank(table, "wrong_auth_header", [
      "key_rejected",
      "gateway_rejected",
      "credentials_not_received",
    ]);
  return [...table.values()];
}
