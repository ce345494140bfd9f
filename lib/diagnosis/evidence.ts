/**
 * The evidence the diagnosis core ranks. Plain data, filled by `lib/probe` on the server
 * (or by the wizard in inspection-only mode). Nothing in here may hold key material
 * beyond `KeySummary`: every string that came from upstream is redacted before it
 * reaches this type.
 */

import type { Inspection, KeySummary } from "../inspect/types";
import type { Challenge, LayerMatch, ProviderId, ResolvedAuth } from "../providers/types";

/** Names of the probe variants (product.md §3). */
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

/** Transport failures are values, tagged by kind (style.md, after hoppscotch). */
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

export interface ProbeFailure {
  kind: "error";
  error: TransportError;
  timeMs: number;
}

export interface ProbeResult {
  variant: ProbeVariant;
  /** How the credential was placed; absent for `no-credential`. */
  auth?: ResolvedAuth;
  /** Human description without key material, e.g. "Authorization: Bearer <key>", "X-API-Key: <cleaned key>". */
  description: string;
  outcome: ProbeResponse | ProbeFailure;
}

/** What the wizard's environment step learned (step 3 and the echo check). */
export interface EnvironmentEvidence {
  /** Fingerprint a running process printed, compared with the pasted key's. */
  fingerprintCheck?: { printed: string; matches: boolean; source?: string };
  echo?: EchoEvidence[];
}

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
  /** Inspection of the pasted key (computed with `inspectKey`). */
  inspection: Inspection;
  key: KeySummary;
  /** The provider of the endpoint (explicit or by host); undefined when unknown/custom. */
  providerId?: ProviderId;
  providerSource?: "explicit" | "host" | "none";
  /** Providers whose key format matches the key (most specific first). */
  keyProviders: { providerId: ProviderId; keyKind: string; formatId: string }[];
  /** What the user asked for (after `auto` is resolved). */
  auth?: ResolvedAuth;
  target?: { origin: string; path: string; method: string };
  /** Empty in inspection-only mode. */
  probes: ProbeResult[];
  /** Epoch ms to judge time-based claims by: the server's Date when a probe saw one, else the caller's clock. */
  now: number;
  environment?: EnvironmentEvidence;
}
