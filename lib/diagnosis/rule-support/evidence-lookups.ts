/** Key- and environment-side lookups shared by the rules. */

import type { Finding, FindingKind } from "../../inspect/inspection";
import type { KeyKind } from "../../providers/schema";
import type { EchoEvidence, Evidence } from "../evidence";
import type { AnswerReading } from "./answer-reading";
import type { Basis, RuleContext } from "./rule";

export function findingsOf(ev: Evidence, kinds: readonly FindingKind[]): Finding[] {
  return ev.inspection.findings.filter((f) => kinds.includes(f.kind));
}

export function echoes(ev: Evidence): EchoEvidence[] {
  return ev.environment?.echo ?? [];
}

/** The first echo capture whose credential carried one of these finding kinds. */
export function echoWithFindings(ev: Evidence, kinds: readonly string[]): EchoEvidence | undefined {
  return echoes(ev).find((e) => e.credential?.findingKinds.some((k) => kinds.includes(k)));
}

/** The as-sent key got an answer that is not success (and not a redirect). */
export function refused(ctx: RuleContext): AnswerReading | undefined {
  const a = ctx.asSent;
  if (!a || a.success) return undefined;
  const s = a.response.status;
  return s >= 400 || s < 300 ? a : undefined;
}

export function basisFor(ctx: RuleContext): Basis {
  return ctx.hasProbes ? "probe" : "inspection";
}

export const KIND_LABELS: Record<KeyKind, string> = {
  secret: "secret key",
  publishable: "publishable key",
  restricted: "restricted key",
  admin: "admin key",
  project: "project key",
  service_account: "service account key",
  key_id: "key ID (an identifier, not the secret)",
  account_id: "account ID (an identifier, not a credential)",
  token: "token",
  oauth_token: "OAuth token",
  global_key: "Global API Key",
  application_key: "application key",
};
