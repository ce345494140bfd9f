import type { LayerId } from "@/lib/providers/types";

export const LAYER_NAMES: Record<LayerId, string> = {
  kong: "Kong",
  "aws-api-gateway": "AWS API Gateway",
  envoy: "Envoy / Istio",
  nginx: "nginx",
  "azure-apim": "Azure API Management",
  cloudflare: "Cloudflare",
  "cloudflare-access": "Cloudflare Access",
  "cloudflare-waf": "Cloudflare WAF",
  traefik: "Traefik",
  apigee: "Apigee",
  "google-esp": "Google ESP",
  api: "the API",
  unknown: "unknown",
};
