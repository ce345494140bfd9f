import type { ProviderEntry } from "../schema";

export const cloudflare: ProviderEntry = {
  id: "cloudflare",
  name: "Cloudflare",
  env: { keys: ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN", "CLOUDFLARE_API_KEY"], baseUrls: [] },
  hosts: ["api.cloudflare.com"],
  keyFormats: [
    {
      id: "cloudflare-global-key",
      kind: "global_key",
      pattern: "^[a-f0-9]{37}$",
      minLength: 37,
      maxLength: 37,
      // It works only as X-Auth-Key with X-Auth-Email; as a Bearer token Cloudflare refuses it.
      usableAsCredential: false,
      description:
        "a Cloudflare Global API Key (37 hex digits): needs X-Auth-Email + X-Auth-Key, never Bearer",
      specificity: 25,
    },
    {
      id: "cloudflare-api-token",
      kind: "token",
      pattern: "^[A-Za-z0-9_-]{40}$",
      minLength: 40,
      maxLength: 40,
      usableAsCredential: true,
      description: "a Cloudflare API token (40 characters)",
      specificity: 12,
    },
  ],
  auth: { placement: "bearer" },
  alternativeAuth: [{ placement: "header", name: "X-Auth-Key" }],
  testEndpoint: {
    method: "GET",
    url: "https://api.cloudflare.com/client/v4/user/tokens/verify",
    description: "verifies an API token; read-only",
  },
  badKeyAnswers: [
    {
      status: 400,
      bodyPattern: "6003|6111|Invalid format for Authorization header|Invalid request headers",
      meaning: "wrong_type",
      note: "the Authorization header is malformed: often a Global API Key sent as a Bearer token",
    },
    {
      status: 400,
      bodyPattern: "9106|Missing X-Auth-Key, X-Auth-Email or Authorization headers",
      meaning: "missing",
      note: "Cloudflare saw no credential",
    },
    {
      status: 401,
      bodyPattern: '"code":\\s*1000|Invalid API Token',
      meaning: "invalid",
      note: "the API token is unknown, rolled or deleted",
    },
    {
      status: 403,
      bodyPattern: "9103|Unknown X-Auth-Key or X-Auth-Email",
      meaning: "invalid",
      note: "the global key or e-mail address is wrong",
    },
    {
      status: 403,
      bodyPattern: "9109|Invalid access token",
      meaning: "invalid",
      note: "the API token is unknown or expired",
    },
    {
      status: 403,
      bodyPattern: "10000|Authentication error",
      meaning: "not_authorized",
      note: "code 10000: the token lacks a permission or resource for this call (or is invalid)",
    },
    {
      status: 429,
      meaning: "rate_limited",
      note: "a rate limit, not a credential problem",
    },
  ],
  keyPage: "https://dash.cloudflare.com/profile/api-tokens",
  docsUrl: "https://developers.cloudflare.com/fundamentals/api/get-started/",
  authHint:
    "Cloudflare wants an API token as Authorization: Bearer <token>; a Global API Key goes in X-Auth-Key with X-Auth-Email.",
};
