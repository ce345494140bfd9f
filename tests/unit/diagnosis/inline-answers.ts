/**
 * Upstream answers tests/fixtures/answers.ts does not hold (successes, rate limits,
 * redirects, proxies), in the shapes the providers really send.
 */

import type { ProbeVariant } from "@/lib/diagnosis/evidence";
import type { ProbeSpec } from "./build-evidence";

const CF = { server: "cloudflare", "cf-ray": "8e4f2b1c9a7d3e21-FRA" };
const JSON_CT = { "content-type": "application/json" };
const DATE = { date: "Fri, 27 Nov 2026 12:00:00 GMT" };

type Answer = Omit<ProbeSpec, "variant">;

export const INLINE = {
  openaiModels: {
    status: 200,
    headers: { ...CF, ...JSON_CT, ...DATE, "x-request-id": "req_0a1b2c3d4e5f60718293a4b5c6d7e8f9" },
    body: JSON.stringify({
      object: "list",
      data: [{ id: "gpt-4o", object: "model", owned_by: "system" }],
    }),
  },
  anthropicModels: {
    status: 200,
    headers: { ...CF, ...JSON_CT, "request-id": "req_011CTk9Zp3mVn8xW2qR4sT6u" },
    body: JSON.stringify({
      data: [{ type: "model", id: "claude-sonnet-4-20250514" }],
      has_more: false,
    }),
  },
  githubUser: {
    status: 200,
    headers: {
      server: "github.com",
      ...JSON_CT,
      "x-github-request-id": "C0DE:1234:5678AB:9ABCDE:6747A1B2",
    },
    body: JSON.stringify({ login: "octocat", id: 583231, type: "User" }),
  },
  stripeBalance: {
    status: 200,
    headers: { server: "nginx", ...JSON_CT, "request-id": "req_Nm3Q8xYz1AbCdE" },
    body: JSON.stringify({
      object: "balance",
      available: [{ amount: 0, currency: "usd" }],
      livemode: false,
    }),
  },
  geminiModels: {
    status: 200,
    headers: { ...JSON_CT, server: "scaffolding on HTTPServer2" },
    body: JSON.stringify({ models: [{ name: "models/gemini-2.0-flash" }] }),
  },
  slackAuthTestOk: {
    status: 200,
    headers: { ...JSON_CT, "x-slack-req-id": "9d3a7f2c1b8e4d6a" },
    body: JSON.stringify({
      ok: true,
      url: "https://acme.slack.com/",
      team: "Acme",
      user: "bot",
      team_id: "T0123",
      user_id: "U0456",
    }),
  },
  slackMissingScope: {
    status: 200,
    headers: { ...JSON_CT, "x-slack-req-id": "4c1e9b7a2d5f8e30" },
    body: JSON.stringify({
      ok: false,
      error: "missing_scope",
      needed: "chat:write",
      provided: "users:read",
    }),
  },
  customOk: {
    status: 200,
    headers: { ...JSON_CT, server: "uvicorn" },
    body: JSON.stringify({ id: "u_123", name: "Ada" }),
  },
  publicOk: {
    status: 200,
    headers: { ...JSON_CT, server: "uvicorn" },
    body: JSON.stringify({ status: "ok", version: "1.4.2" }),
  },
  stripePublishable: {
    status: 401,
    headers: {
      server: "nginx",
      ...JSON_CT,
      "request-id": "req_P8kL2mN4oQ6rS",
      "www-authenticate": 'Basic realm="Stripe"',
    },
    body: JSON.stringify({
      error: {
        message:
          "This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.",
        type: "invalid_request_error",
      },
    }),
  },
  openaiInvalidUrl: {
    status: 404,
    headers: { ...CF, ...JSON_CT },
    body: JSON.stringify({
      error: {
        message: "Invalid URL (GET /v1/model)",
        type: "invalid_request_error",
        param: null,
        code: null,
      },
    }),
  },
  azureDeploymentNotFound: {
    status: 404,
    headers: {
      ...JSON_CT,
      "apim-request-id": "3f2a1b4c-5d6e-7f80-9a1b-2c3d4e5f6a7b",
      "x-ms-region": "East US",
    },
    body: JSON.stringify({
      error: {
        code: "DeploymentNotFound",
        message:
          "The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.",
      },
    }),
  },
  kongNoRoute: {
    status: 404,
    headers: { ...JSON_CT, server: "kong/3.6.1", "x-kong-response-latency": "0" },
    body: JSON.stringify({
      message: "no Route matched with those values",
      request_id: "7a1c9e4f0b3d2a58",
    }),
  },
  openaiRateLimit: {
    status: 429,
    headers: {
      ...CF,
      ...JSON_CT,
      "retry-after": "2",
      "x-ratelimit-limit-requests": "500",
      "x-ratelimit-remaining-requests": "0",
      "x-ratelimit-reset-requests": "120ms",
    },
    body: JSON.stringify({
      error: {
        message:
          "Rate limit reached for gpt-4o in organization org-AbCdEf on requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 120ms.",
        type: "requests",
        param: null,
        code: "rate_limit_exceeded",
      },
    }),
  },
  openaiQuota: {
    status: 429,
    headers: { ...CF, ...JSON_CT },
    body: JSON.stringify({
      error: {
        message:
          "You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
        type: "insufficient_quota",
        param: null,
        code: "insufficient_quota",
      },
    }),
  },
  anthropicRateLimit: {
    status: 429,
    headers: {
      ...CF,
      ...JSON_CT,
      "retry-after": "20",
      "anthropic-ratelimit-requests-remaining": "0",
    },
    body: JSON.stringify({
      type: "error",
      error: {
        type: "rate_limit_error",
        message: "Number of request tokens has exceeded your per-minute rate limit",
      },
    }),
  },
  githubRateLimit: {
    status: 403,
    headers: {
      server: "github.com",
      ...JSON_CT,
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": "1795780800",
    },
    body: JSON.stringify({
      message: "API rate limit exceeded for user ID 583231.",
      documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
    }),
  },
  proxy407Basic: {
    status: 407,
    headers: { "proxy-authenticate": 'Basic realm="corp-proxy"', via: "1.1 proxy.corp.example" },
    body: "Proxy Authentication Required",
  },
  squid407: {
    status: 407,
    headers: {
      server: "squid/5.7",
      "proxy-authenticate": 'Basic realm="Squid proxy-caching web server"',
      "content-type": "text/html;charset=utf-8",
      "x-squid-error": "ERR_CACHE_ACCESS_DENIED 0",
    },
    body: "<html><head><title>ERROR: Cache Access Denied</title></head><body><h1>ERROR</h1><p>Cache Access Denied.</p></body></html>",
  },
  ntlm407: {
    status: 407,
    headers: { "proxy-authenticate": "Negotiate", via: "1.1 bluecoat" },
    body: "",
  },
  serverError: {
    status: 502,
    headers: { "content-type": "text/html" },
    body: "<html><head><title>502 Bad Gateway</title></head><body>upstream connect error</body></html>",
  },
  fastapiBearerNoHeader: {
    status: 401,
    headers: { ...JSON_CT, server: "uvicorn", "www-authenticate": "Bearer" },
    body: JSON.stringify({ detail: "Not authenticated" }),
  },
  googleExpectsOAuth: {
    status: 401,
    headers: { ...JSON_CT, "www-authenticate": 'Bearer realm="https://accounts.google.com/"' },
    body: JSON.stringify({
      error: {
        code: 401,
        message:
          "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
        status: "UNAUTHENTICATED",
      },
    }),
  },
  googleMissingCredential: {
    status: 401,
    headers: { ...JSON_CT, "www-authenticate": 'Bearer realm="https://accounts.google.com/"' },
    body: JSON.stringify({
      error: {
        code: 401,
        message:
          "Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
        status: "UNAUTHENTICATED",
      },
    }),
  },
  apachePhpBasicChallenge: {
    status: 401,
    headers: {
      "content-type": "text/html; charset=UTF-8",
      server: "Apache/2.4.41 (Ubuntu)",
      "x-powered-by": "PHP/8.2.17",
      "www-authenticate": 'Basic realm="Restricted"',
    },
    body: "",
  },
  badRequest: {
    status: 422,
    headers: { ...JSON_CT, server: "uvicorn" },
    body: JSON.stringify({
      detail: [{ loc: ["body", "model"], msg: "field required", type: "value_error.missing" }],
    }),
  },
} satisfies Record<string, Answer>;

export function inline(
  variant: ProbeVariant,
  name: keyof typeof INLINE,
  extra?: Record<string, string>,
): ProbeSpec {
  const a: Answer = INLINE[name];
  return { variant, ...a, headers: { ...a.headers, ...extra } };
}

export function redirect(
  variant: ProbeVariant,
  status: number,
  location: string,
  extra?: Record<string, string>,
): ProbeSpec {
  return {
    variant,
    status,
    headers: { location, "content-type": "text/html", ...extra },
    body: "",
  };
}
