/**
 * The evidence the diagnosis core ranks. Plain data, filled by `lib/probe` on the server
 * (or by the wizard in inspection-only mode). Nothing in here may hold key material
 * beyond `KeySummary` and `inspection.cleaned`: every string that came from upstream is
 * redacted before it reaches this type.
 *
 * How `lib/probe` fills it (`input.key` is the pasted key exactly as received):
 *
 *   const inspection = inspectKey(input.key);
 *   const now = serverDate ?? Date.now();            // the first answer's Date header, else our clock
 *   const evidence: Evidence = {
 *     inspection,
 *     key: await summarizeKey(input.key, inspection, now),
 *     providerSource: source,                        // "explicit" provider, else "host" (providerForHost)
 *     keyProviders: providersForKey(inspection.cleaned),
 *     auth: resolveAuth(provider?.id, input.auth ?? { placement: "auto" }),
 *     authChosen: input.auth !== undefined && input.auth.placement !== "auto",
 *     probes,                                        // [] when there is no endpoint
 *     now,
 *   };
 *   evidence.environment = …;                        // the wizard's environment checks, redacted
 *   evidence.providerId = provider.id;               // when a provider is known
 *   evidence.target = { origin, path, method };      // redacted, when there is an endpoint
 *   const report = buildReport(evidence, new Date().toISOString());
 *
 * `diagnose` never copies `inspection.cleaned` into its output: it only measures it (for a
 * truncated key) and masks any echo of it that slipped through redaction.
 */

import type { Inspection, KeySummary } from "../inspect/inspection";
import type { Challenge, LayerId, LayerMatch, ProviderId, ResolvedAuth } from "../providers";
import type { KeyKind } from "../providers/schema";

/** Names of the probe variants (see docs/diagnosis.md, "Probes"). */
export type ProbeVariant =
  | "as-sent"
  | "no-credential"
  | "cleaned"
  | "bearer"
  | "authorization"
  | "x-api-key"
  | "api-key"
  | "provider"
  | "query"
  | "basic";

/** Transport failures are values, tagged by kind, so every rule handles each one. */
export type TransportError =
  | { kind: "dns"; message: string }
  | { kind: "refused"; message: string }
  | { kind: "reset"; message: string }
  | { kind: "tls"; message: string }
  | { kind: "timeout"; phase: "connect" | "headers" | "body" | "run"; message: string }
  | { kind: "invalid_header"; message: string } // e.g. a key with a line break cannot be sent
  | { kind: "too_large"; message: string } // a header section too large to parse
  | { kind: "not_http"; message: string }
  | { kind: "blocked"; message: string } // the target guard refused the address
  | { kind: "proxy_auth"; message: string } // a forward proxy refused the tunnel with 407
  | { kind: "other"; message: string };

export interface RedirectFacts {
  /** Redacted Location, resolved against the request URL; query values removed. */
  location: string;
  sameOrigin: boolean;
  /** http → https on the same host. */
  httpsUpgrade: boolean;
  /** Location is a Cloudflare Access login (…/cdn-cgi/access/login…, *.cloudflareaccess.com). */
  cloudflareAccess: boolean;
}

/**
 * An HTTP answer, whatever its status (a 4xx is data, not an error). `layer` comes from
 * `detectLayer({ status, headers, body })` over the redacted answer; `challenges` and
 * `proxyChallenges` from `parseChallenges` over every WWW-Authenticate / Proxy-Authenticate
 * value; `redirect` only for a 3xx with a Location.
 */
export interface ProbeResponse {
  kind: "response";
  status: number;
  /** Allow-listed response headers, lower-case names, redacted values. */
  headers: Record<string, string>;
  challenges: Challenge[];
  /** Proxy-Authenticate challenges (407). */
  proxyChallenges: Challenge[];
  /** Redacted body text, at most 2 KB. */
  bodyExcerpt: string;
  /** The body parsed as JSON when it was JSON (redacted, from the excerpt-capped read). */
  bodyJson?: unknown;
  contentType?: string;
  /** The body was longer than what was read. */
  bodyTruncated: boolean;
  /** Milliseconds from send to the end of the body read. */
  timeMs: number;
  /** The server's Date header as epoch ms, when present and valid. */
  serverDate?: number;
  redirect?: RedirectFacts;
  layer: LayerMatch;
}

/**
 * No HTTP answer. `invalid_header` (the key holds a line break or control character and
 * cannot be put in a header) is read as key evidence (key_whitespace), the others as
 * endpoint_unreachable. `message` is a short code-like text, never key material.
 */
export interface ProbeFailure {
  kind: "error";
  error: TransportError;
  timeMs: number;
}

/**
 * Why a follow-up request was sent: the layer that answered reads its key there, the
 * provider does (a placement the first round's cap left out), or it is the hyphen spelling
 * of an underscored header name.
 */
export type FollowUpReason =
  | { kind: "layer"; layer: LayerId }
  | { kind: "provider" }
  | { kind: "hyphen"; from: string };

/**
 * One probe. Which ones ran: `as-sent` always (with an endpoint); `no-credential` as the
 * baseline; `cleaned` only when `inspection.cleanedDiffers`; the placement variants
 * (bearer, authorization, x-api-key, api-key, the provider's own as `provider`, query,
 * basic) for up to four alternatives. In the first round each variant appears at most
 * once; the follow-up round (`round: 2`, after them) may repeat a placement variant with
 * another name (Kong's `apikey` header is a `provider` variant too). "Request N" is the
 * probe's 1-based position in `probes`. A variant that was not sent is simply absent.
 */
export interface ProbeResult {
  variant: ProbeVariant;
  /** How the credential was placed; absent for `no-credential`. */
  auth?: ResolvedAuth;
  /** Human description without key material, e.g. "Authorization: Bearer <key>", "X-API-Key: <cleaned key>". */
  description: string;
  outcome: ProbeResponse | ProbeFailure;
  /** Present (2) on the follow-up round's probes only; the first round's carry no field. */
  round?: 2;
  /** Why a follow-up probe was sent. */
  followUp?: FollowUpReason;
}

/**
 * What the wizard's environment step learned (step 3 and the echo check). Absent when the
 * user skipped it. `fingerprintCheck.matches === false` proves a stale environment;
 * `true` rules it out.
 */
export interface EnvironmentEvidence {
  /**
   * Fingerprint a running process printed. `matches` and `matchedForm` are decided where
   * the key is (`judgeFingerprint`: the server, or the browser in inspection-only mode)
   * from `printed` alone; a client's own `matches` is never trusted.
   */
  fingerprintCheck?: {
    printed: string;
    matches: boolean;
    /** Which form matched: "cleaned" means the app holds the key without the paste's stray characters. */
    matchedForm?: "pasted" | "cleaned";
    source?: string;
  };
  echo?: EchoEvidence[];
  /** What the command line saw on the user's own machine; the web app never sets it. */
  local?: LocalEvidence;
}

/**
 * The command line runs where the 401 happens: it finds every value the key's variable has
 * there (shell, `.env` files, secrets), probes the others too, and when a proxy from
 * HTTP(S)_PROXY is in the way it also probes around it. The report's probes are those of
 * the value the process uses, through the route it uses.
 */
interface LocalEvidence {
  /** Where the diagnosed value came from, e.g. "the shell environment (OPENAI_API_KEY)". */
  source: string;
  /** The other distinct values found, each probed the same way. */
  others: LocalValue[];
  /** The proxy the environment routes this endpoint through, and the same probes sent directly. */
  proxy?: { host: string; direct: ProbeResult[] };
}

export interface LocalValue {
  source: string;
  fingerprint: string | null;
  length: number;
  /** A probe with this value was accepted where the no-credential baseline was not. */
  works: boolean;
}

/**
 * One request the user's own app sent to the echo URL. No `credential` means the request
 * arrived without any credential header (proxy_strips_auth). `credential.fingerprint` (the
 * credential value with its scheme word removed) is compared as is with `key.fingerprint`; `findingKinds` are
 * `FindingKind`s from inspecting that value (hidden characters, a doubled scheme…).
 */
export interface EchoEvidence {
  /** The header (or parameter) the user's app sent the credential in, if any. */
  credential?: {
    name: string;
    location: "header" | "query" | "body";
    scheme?: string;
    fingerprint: string;
    length: number;
    findingKinds: string[];
  };
  headerNames: string[];
  method: string;
  path: string;
}

export interface Evidence {
  /** Inspection of the pasted key, `inspectKey(raw)`. `cleaned` is key material: memory only. */
  inspection: Inspection;
  /** As the report shows it: a guessable key has no fingerprint or preview here. */
  key: KeySummary;
  /**
   * The pasted key's fingerprint for comparisons with the environment's, even when the
   * report keeps none (a short key). Never copied into the output; see docs/security.md.
   */
  keyFingerprint?: string;
  /** The provider of the endpoint (explicit or by host); undefined when unknown. "custom" is treated as unknown. */
  providerId?: ProviderId;
  providerSource?: "explicit" | "host" | "none";
  /** `providersForKey(inspection.cleaned)`: providers whose key format matches (most specific first). */
  keyProviders: { providerId: ProviderId; keyKind: KeyKind; formatId: string }[];
  /** The placement of the `as-sent` probe (after `auto` is resolved); also set in inspection-only mode when known. */
  auth?: ResolvedAuth;
  /**
   * The user named the placement (from the API's docs or their own code) rather than
   * leaving it to `auto`: for an API the catalog does not know, only a named placement says
   * where the API reads the key; `auto`'s Bearer is our guess.
   */
  authChosen?: boolean;
  target?: { origin: string; path: string; method: string };
  /** Empty in inspection-only mode. */
  probes: ProbeResult[];
  /** Epoch ms to judge time-based claims by: the server's Date when a probe saw one, else the caller's clock. */
  now: number;
  environment?: EnvironmentEvidence;
}
