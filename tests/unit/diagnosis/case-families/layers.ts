/** Diagnosis cases. Layers in front of the API: gateways and proxies. */

import { recorded } from "../build-evidence";
import type { Case } from "../cases";
import { inline } from "../inline-answers";
import { KEYS } from "../keys";

export const LAYER_CASES: Case[] = [
  // ── gateway_rejected ────────────────────────────────────────────────────────
  {
    name: "Kong key-auth: No API key found in request",
    spec: {
      key: KEYS.custom,
      probes: [
        recorded("as-sent", "kong-no-api-key"),
        recorded("no-credential", "kong-no-api-key"),
      ],
    },
    top: "gateway_rejected",
    headline: /^Kong refused the request before it reached the API$/,
    fix: /apikey/,
  },
  {
    name: "Kong key-auth finds no key the user put in Bearer: the key is in the wrong header for Kong",
    spec: {
      key: KEYS.custom,
      auth: { placement: "bearer" },
      probes: [
        recorded("as-sent", "kong-no-api-key"),
        recorded("no-credential", "kong-no-api-key"),
      ],
    },
    top: "wrong_auth_header",
    second: "gateway_rejected",
    fix: /apikey/,
  },
  {
    name: "Azure API Management: invalid subscription key",
    spec: {
      key: KEYS.custom,
      probes: [
        recorded("as-sent", "azure-apim-invalid-key"),
        recorded("no-credential", "azure-apim-missing-key"),
      ],
    },
    top: "gateway_rejected",
    fix: /Ocp-Apim-Subscription-Key/,
  },
  {
    name: "Cloudflare Access login redirect",
    spec: {
      key: KEYS.custom,
      probes: [
        recorded("as-sent", "cloudflare-access-redirect"),
        recorded("no-credential", "cloudflare-access-redirect"),
      ],
    },
    top: "gateway_rejected",
    fix: /CF-Access-Client-Id/,
  },
  {
    name: "nginx auth_basic in front of the API",
    spec: {
      key: KEYS.custom,
      probes: [
        recorded("as-sent", "nginx-basic-auth"),
        recorded("no-credential", "nginx-basic-auth"),
      ],
    },
    top: "gateway_rejected",
  },
  {
    name: "Cloudflare WAF block page",
    spec: { key: KEYS.custom, probes: [recorded("as-sent", "cloudflare-waf-block-page")] },
    top: "gateway_rejected",
    fix: /cf-ray/,
  },
  {
    name: "Apigee VerifyAPIKey: Invalid ApiKey",
    spec: {
      key: KEYS.custom,
      probes: [
        recorded("as-sent", "apigee-invalid-api-key"),
        recorded("no-credential", "apigee-missing-api-key"),
      ],
    },
    top: "gateway_rejected",
  },

  // ── proxy_auth_required ─────────────────────────────────────────────────────
  {
    name: "corporate proxy wants Basic credentials",
    spec: {
      key: KEYS.custom,
      probes: [inline("as-sent", "proxy407Basic"), inline("no-credential", "proxy407Basic")],
    },
    top: "proxy_auth_required",
    fix: /HTTPS_PROXY/,
  },
  {
    name: "Squid cache access denied in front of OpenAI",
    spec: {
      key: KEYS.openai,
      provider: "openai",
      probes: [inline("as-sent", "squid407"), inline("no-credential", "squid407")],
    },
    top: "proxy_auth_required",
  },
  {
    name: "Negotiate/NTLM proxy",
    spec: { key: KEYS.github, provider: "github", probes: [inline("as-sent", "ntlm407")] },
    top: "proxy_auth_required",
  },

  // ── proxy_strips_auth ───────────────────────────────────────────────────────
  {
    name: "echo: the app's requests arrive without any credential",
    spec: {
      key: KEYS.openai,
      provider: "openai",
      environment: {
        echo: [
          {
            headerNames: ["content-type", "user-agent", "via"],
            method: "POST",
            path: "/v1/chat/completions",
          },
          {
            headerNames: ["content-type", "user-agent", "via"],
            method: "POST",
            path: "/v1/chat/completions",
          },
        ],
      },
    },
    top: "proxy_strips_auth",
  },
  {
    name: "echo shows the header stripped while the key works from here",
    spec: {
      key: KEYS.anthropic,
      provider: "anthropic",
      probes: [inline("as-sent", "anthropicModels"), recorded("no-credential", "anthropic-no-key")],
      environment: {
        echo: [
          {
            headerNames: ["content-type", "anthropic-version"],
            method: "POST",
            path: "/v1/messages",
          },
        ],
      },
    },
    top: "proxy_strips_auth",
    second: "credentials_work",
  },
  {
    name: "echo shows no header; the API answers as if no key was sent",
    spec: {
      key: KEYS.custom,
      probes: [
        recorded("as-sent", "express-plain-unauthorized"),
        recorded("no-credential", "express-plain-unauthorized"),
      ],
      environment: {
        echo: [{ headerNames: ["accept", "x-forwarded-for"], method: "GET", path: "/v1/me" }],
      },
    },
    top: "proxy_strips_auth",
  },
];
