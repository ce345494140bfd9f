import type { JwtJudgement } from "../../inspect/inspection";
import type { Provider, TruncatedFormat } from "../../providers";
import type { CauseId } from "../cause-ids";
import type { Evidence } from "../evidence";
import type { Cause } from "../report";
import type { AnswerReading } from "./answer-reading";

/**
 * What a cause rests on. Contradiction resolution uses it: once the key is proven to work
 * from here, probe- and inspection-based key causes fade, but what the echo check or the
 * fingerprint check saw in the user's own environment still stands.
 */
export type Basis = "inspection" | "probe" | "environment";

/** What a rule proposes; `diagnose` resolves contradictions, clamps and sorts. */
export interface CauseCandidate extends Omit<Cause, "confirmed" | "confirmedBy"> {
  basis: Basis;
  /** The verdict headline if this cause ends up on top, e.g. "The key has a trailing space". */
  headline: string;
}

/** Facts computed once per diagnosis and shared by the rules. */
export interface RuleContext {
  /** Catalog entry of the endpoint's provider; undefined for custom or unknown APIs. */
  provider?: Provider;
  /** "OpenAI", or "the API" when the provider is unknown. */
  apiName: string;
  /** `apiName` for the start of a sentence: "OpenAI", "The API". */
  apiTitle: string;
  hasProbes: boolean;
  /** The `as-sent` answer read against the catalog, when it was an HTTP answer. */
  asSent?: AnswerReading;
  /** The `no-credential` answer, read the same way. */
  noCredential?: AnswerReading;
  /** The `cleaned` answer, when that probe ran and answered. */
  cleaned?: AnswerReading;
  /** Other placements (bearer, x-api-key, …) that answered. */
  alternatives: AnswerReading[];
  /** The JWT judged against `ev.now` (the API server's clock when a probe saw its Date). */
  jwt?: JwtJudgement;
  /** Key formats whose prefix the key matches but that it is too short for. */
  truncated: TruncatedFormat[];
  /** Did any probe carry the API server's Date (so `ev.now` is the server's clock)? */
  serverClock: boolean;
}

export type Rule = (ev: Evidence, ctx: RuleContext) => CauseCandidate | undefined;

export type { CauseId };
