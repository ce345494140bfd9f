import type { LayerId } from "../../providers/types";

/** What each gateway checks before the API, and how to satisfy it. */
export const GATEWAY_FIXES: Partial<Record<LayerId, string>> = {
  kong: "Kong's key-auth plugin reads its own consumer key from the apikey header or ?apikey= (the route's key_names may differ); the upstream API's key is separate. Ask which plugin protects the route (key-auth, jwt, oauth2, openid-connect).",
  "aws-api-gateway":
    "API Gateway checks before your backend: an API key goes in x-api-key and must be in a usage plan for this stage; IAM auth needs a SigV4 signature; a Lambda or Cognito authorizer needs its own token.",
  envoy:
    "Envoy's jwt_authn (or ext_authz) filter refused: check the issuer, audience and expiry it is configured for; it reads Authorization: Bearer <JWT> by default, not an API key.",
  nginx:
    "nginx refused before proxying (auth_basic or auth_request): it wants its own credentials, often Basic auth, separate from the API's key.",
  "azure-apim":
    "Azure API Management wants a subscription key in Ocp-Apim-Subscription-Key (or ?subscription-key=), from the APIM developer portal; that is not the backend's key.",
  cloudflare:
    "Cloudflare answered at the edge: the request never reached the API. Give the site owner the cf-ray id to find the rule that blocked it.",
  "cloudflare-access":
    "Cloudflare Access protects this host: send a service token (CF-Access-Client-Id and CF-Access-Client-Secret headers), or ask the owner to add a bypass policy for API paths.",
  "cloudflare-waf":
    "A Cloudflare WAF or bot rule blocked the request: give the site owner the cf-ray id; the key never reached the API.",
  traefik:
    "Traefik's basicAuth or forwardAuth middleware refused: it has its own credentials, separate from the API's key.",
  apigee:
    "Apigee's VerifyAPIKey or OAuth policy refused: send the Apigee app's key where the proxy reads it (often x-apikey or ?apikey=), and check the API product includes this proxy.",
  "google-esp":
    "Google's ESP/API Gateway checks an API key (?key= or x-api-key) or a JWT before the backend: check the key's API restrictions include this API.",
};

/** The steps for a refusal by `layer`: what it wants, and that it is not the API's key. */
export function gatewayFixSteps(layer: LayerId): string[] {
  return [
    GATEWAY_FIXES[layer] ??
      "A gateway in front of the API refused the request: ask whoever runs it which credential it wants.",
    "The gateway's credential is separate from the API's key: you may need to send both.",
  ];
}
