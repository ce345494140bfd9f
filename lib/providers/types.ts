import type { z } from "zod";
import type { providerSchema } from "./schema";

export const PROVIDER_IDS = [
  "openai",
  "anthropic",
  "github",
  "gitlab",
  "stripe",
  "slack",
  "gemini",
  "azure-openai",
  "huggingface",
  "mistral",
  "groq",
  "xai",
  "cohere",
  "sendgrid",
  "twilio",
  "cloudflare",
  "datadog",
  "custom",
] as const;

export type ProviderId = (typeof PROVIDER_IDS)[number];

/** How the key is placed on the request (product.md §9). `auto` is resolved to one of the others. */
export type AuthPlacement = "bearer" | "authorization" | "header" | "query" | "basic";
export interface ResolvedAuth {
  placement: AuthPlacement;
  /** Header or query parameter name for `header` / `query`. */
  name?: string;
}

export type Provider = z.infer<typeof providerSchema>;

/** Which layer answered a request (product.md §8). */
export type LayerId =
  | "kong"
  | "aws-api-gateway"
  | "envoy"
  | "nginx"
  | "azure-apim"
  | "cloudflare"
  | "cloudflare-access"
  | "cloudflare-waf"
  | "traefik"
  | "apigee"
  | "google-esp"
  | "api"
  | "unknown";

export interface LayerMatch {
  layer: LayerId;
  /** 0..1: how sure the fingerprint is. */
  confidence: number;
  /** Human-readable signals, e.g. "server: kong", "x-amzn-errortype: UnauthorizedException". */
  signals: string[];
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
