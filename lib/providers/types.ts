import type { z } from "zod";
import type { LayerSign } from "./gateways/fingerprint";
import type { LayerId } from "./ids";
import type { providerSchema } from "./schema";

export type { LayerId, ProviderId } from "./ids";
export { PROVIDER_IDS } from "./ids";
export type { AuthPlacement, ResolvedAuth } from "./placement";

export type Provider = z.infer<typeof providerSchema>;

export interface LayerMatch {
  layer: LayerId;
  /** 0..1: how sure the fingerprint is. */
  confidence: number;
  /** The signals as short lines for display, e.g. "server: kong", "x-amzn-errortype: UnauthorizedException". */
  signals: string[];
  /** The same signals as data, for sentences (the layer's own and presence signs, strongest first). */
  signs: LayerSign[];
  /** Is this a gateway/proxy/edge (true) or the API itself / unknown (false). */
  isGateway: boolean;
}

/** One parsed WWW-Authenticate / Proxy-Authenticate challenge (RFC 9110 §11.6.1). */
export interface Challenge {
  /** Auth scheme, as sent (compare case-insensitively). */
  scheme: string;
  /** token68 form, when the challenge carries one instead of parameters. */
  token68?: string;
  /** Auth parameters; names lower-cased, quoted-string values unescaped. */
  params: Record<string, string>;
  /** RFC 6750 error code when present and known: invalid_request, invalid_token, insufficient_scope. */
  bearerError?: "invalid_request" | "invalid_token" | "insufficient_scope";
}
