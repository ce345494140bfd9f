import type { LayerId } from "../ids";
import { api } from "./api";
import { apigee } from "./apigee";
import { awsApiGateway } from "./aws-api-gateway";
import { azureApim } from "./azure-apim";
import { cloudflare } from "./cloudflare";
import { cloudflareAccess } from "./cloudflare-access";
import { cloudflareWaf } from "./cloudflare-waf";
import { envoy } from "./envoy";
import type { Gateway } from "./gateway";
import { googleEsp } from "./google-esp";
import { kong } from "./kong";
import { nginx } from "./nginx";
import { traefik } from "./traefik";
import { unknown } from "./unknown";

/**
 * Every layer that can answer a request, one line each. The order is the order their
 * detectors run in, which breaks ties between equally sure layers.
 */
export const GATEWAYS: Record<LayerId, Gateway> = {
  kong,
  "aws-api-gateway": awsApiGateway,
  envoy,
  nginx,
  "azure-apim": azureApim,
  cloudflare,
  "cloudflare-access": cloudflareAccess,
  "cloudflare-waf": cloudflareWaf,
  traefik,
  apigee,
  "google-esp": googleEsp,
  api,
  unknown,
};

/** The catalog entry for a layer id. */
export function getGateway(id: LayerId): Gateway {
  return GATEWAYS[id];
}
