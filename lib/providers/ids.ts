/**
 * The closed id lists, with no imports: the schema, the catalogs and the types all read
 * them, so none of those modules has to import another to learn an id.
 */

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

/**
 * Which layer answered a request: a gateway, proxy or edge in front of the API, the API
 * itself, or a layer no fingerprint recognises (see docs/architecture.md, "Add a gateway").
 */
export const LAYER_IDS = [
  "kong",
  "aws-api-gateway",
  "envoy",
  "nginx",
  "azure-apim",
  "cloudflare",
  "cloudflare-access",
  "cloudflare-waf",
  "traefik",
  "apigee",
  "google-esp",
  "api",
  "unknown",
] as const;

export type LayerId = (typeof LAYER_IDS)[number];
