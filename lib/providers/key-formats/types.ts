import type { ProviderId } from "../ids";

/**
 * How sure a match is. `exact`: a distinctive prefix or structure only this service uses
 * (`shpat_`, `sk-or-v1-`, a Telegram bot token). `likely`: a short or reused prefix, or a
 * structure another service could share (`key-` Mailgun, `secret_` Notion). `possible`:
 * a bare shape (32 hex, 40 letters and digits) that only the endpoint's own provider may
 * claim: it never names a service on its own.
 */
export type Certainty = "exact" | "likely" | "possible";

/** One well-known key format of a service outside (or beside) the provider catalog. */
export interface KeyFormatEntry {
  /** Unique across the registry and the catalog, e.g. "shopify-admin-token". */
  id: string;
  /** The service's display name, e.g. "Shopify". */
  service: string;
  /** Only where the sound differs from the spelling: "an NVIDIA…", "a OneSignal…". */
  article?: "a" | "an";
  /** What kind of credential, as a person says it: "Admin API access token", "bot token". */
  kind: string;
  /** A short caution said after the description: "the ID, not the secret". */
  note?: string;
  /** Anchored regex source (^…$) that a well-formed key of this kind matches. */
  pattern: string;
  certainty: Exclude<Certainty, "possible">;
  /**
   * The catalog provider whose API takes (or owns) this format: a GitLab runner token is
   * GitLab's, a Google OAuth access token works on Gemini. Sending it there is no
   * wrong-provider mistake.
   */
  provider?: ProviderId;
  /** Other format ids (registry or catalog) that may match the same strings, declared on purpose. */
  overlaps?: string[];
}
