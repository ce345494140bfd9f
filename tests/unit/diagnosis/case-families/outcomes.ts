/** Diagnosis cases. The environment and the remaining outcomes: stale environment, not authorized, rate limits, working credentials, unreachable, inconclusive. */

import { recorded } from "../build-evidence";
import type { Case } from "../cases";
import { inline } from "../inline-answers";
import { KEYS } from "../keys";
import { SPECS } from "../specs";
import { fp } from "./shared";

export const OUTCOME_CASES: Case[] = [
  // ── stale_environment ───────────────────────────────────────────────────────
  {
    name: "the running container prints another fingerprint",
    spec: {
      key: KEYS.openai,
      provider: "openai",
      environment: { fingerprintCheck: { printed: fp(3), matches: false, source: "docker exec" } },
    },
    top: "stale_environment",
    fix: /Docker/,
  },
  {
    name: "fingerprint mismatch while the key works from here",
    spec: {
      key: KEYS.github,
      provider: "github",
      probes: [inline("as-sent", "githubUser")],
      environment: { fingerprintCheck: { printed: fp(4), matches: false, source: "kubectl exec" } },
    },
    top: "stale_environment",
    second: "credentials_work",
  },
  {
    name: "echo: the app sends a clean key with another fingerprint",
    spec: {
      key: KEYS.stripeSecret,
      provider: "stripe",
      environment: {
        echo: [
          {
            credential: {
              name: "authorization",
              location: "header",
              scheme: "Bearer",
              fingerprint: fp(5),
              length: 107,
              findingKinds: [],
            },
            headerNames: ["authorization"],
            method: "GET",
            path: "/v1/balance",
          },
        ],
      },
    },
    top: "stale_environment",
  },

  // ── not_authorized ──────────────────────────────────────────────────────────
  {
    name: "GitHub fine-grained token without the permission",
    spec: {
      key: KEYS.github,
      provider: "github",
      probes: [
        recorded("as-sent", "github-pat-not-accessible"),
        recorded("no-credential", "github-bad-credentials"),
      ],
    },
    top: "not_authorized",
    fix: /github\.com\/settings\/tokens/,
  },
  {
    name: "Stripe restricted key lacking the permission",
    spec: {
      key: KEYS.stripeRestricted,
      provider: "stripe",
      probes: [
        recorded("as-sent", "stripe-restricted-key"),
        recorded("no-credential", "stripe-no-key"),
      ],
    },
    top: "not_authorized",
  },
  {
    name: "OpenAI restricted key: Missing scopes (a 401 that means a valid key)",
    spec: {
      key: KEYS.openai,
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-missing-scope"),
        recorded("no-credential", "openai-no-key"),
      ],
    },
    top: "not_authorized",
  },
  {
    name: "Slack 200 ok:false missing_scope",
    spec: SPECS.slackMissingScope,
    top: "not_authorized",
  },
  {
    name: "Anthropic permission_error",
    spec: {
      key: KEYS.anthropic,
      provider: "anthropic",
      probes: [recorded("as-sent", "anthropic-permission")],
    },
    top: "not_authorized",
  },

  // ── rate_limited ────────────────────────────────────────────────────────────
  {
    name: "OpenAI requests-per-minute limit",
    spec: {
      key: KEYS.openai,
      provider: "openai",
      probes: [inline("as-sent", "openaiRateLimit"), recorded("no-credential", "openai-no-key")],
    },
    top: "rate_limited",
    fix: /Retry-After: 2/,
  },
  {
    name: "OpenAI insufficient_quota is billing, not the key",
    spec: { key: KEYS.openai, provider: "openai", probes: [inline("as-sent", "openaiQuota")] },
    top: "rate_limited",
    headline: /[Qq]uota/,
  },
  {
    name: "Anthropic rate_limit_error",
    spec: {
      key: KEYS.anthropic,
      provider: "anthropic",
      probes: [inline("as-sent", "anthropicRateLimit")],
    },
    top: "rate_limited",
  },
  {
    name: "GitHub answers its rate limit with 403",
    spec: { key: KEYS.github, provider: "github", probes: [inline("as-sent", "githubRateLimit")] },
    top: "rate_limited",
  },

  // ── credentials_work ────────────────────────────────────────────────────────
  {
    name: "OpenAI lists the models",
    spec: {
      key: KEYS.openai,
      provider: "openai",
      probes: [inline("as-sent", "openaiModels"), recorded("no-credential", "openai-no-key")],
    },
    top: "credentials_work",
    second: "stale_environment",
    headline: /^The key works from here$/,
    fix: /fingerprint/,
  },
  {
    name: "GitHub /user answers 200",
    spec: {
      key: KEYS.github,
      provider: "github",
      probes: [
        inline("as-sent", "githubUser"),
        recorded("no-credential", "github-bad-credentials"),
      ],
    },
    top: "credentials_work",
  },
  {
    name: "Slack ok:true",
    spec: {
      key: KEYS.slack,
      provider: "slack",
      probes: [inline("as-sent", "slackAuthTestOk"), recorded("no-credential", "slack-not-authed")],
    },
    top: "credentials_work",
  },
  {
    name: "an endpoint that does not check keys at all",
    spec: {
      key: KEYS.custom,
      probes: [inline("as-sent", "publicOk"), inline("no-credential", "publicOk")],
    },
    top: "credentials_work",
    fix: /needs the key/,
  },
  {
    name: "past authentication: 422 with the key, 401 without",
    spec: {
      key: KEYS.custom,
      probes: [inline("as-sent", "badRequest"), inline("no-credential", "fastapiBearerNoHeader")],
    },
    top: "credentials_work",
  },

  // ── endpoint_unreachable ────────────────────────────────────────────────────
  {
    name: "the host does not resolve",
    spec: {
      key: KEYS.custom,
      url: "https://api.exmaple.com/v1/me",
      probes: [
        { variant: "as-sent", error: { kind: "dns", message: "getaddrinfo ENOTFOUND" } },
        { variant: "no-credential", error: { kind: "dns", message: "getaddrinfo ENOTFOUND" } },
      ],
    },
    top: "endpoint_unreachable",
    fix: /host name/,
  },
  {
    name: "TLS handshake fails",
    spec: {
      key: KEYS.custom,
      probes: [{ variant: "as-sent", error: { kind: "tls", message: "certificate has expired" } }],
    },
    top: "endpoint_unreachable",
    fix: /certificate/,
  },
  {
    name: "every probe times out",
    spec: {
      key: KEYS.custom,
      probes: [
        {
          variant: "as-sent",
          error: { kind: "timeout", phase: "connect", message: "connect timeout after 3000 ms" },
        },
        {
          variant: "no-credential",
          error: { kind: "timeout", phase: "connect", message: "connect timeout after 3000 ms" },
        },
      ],
    },
    top: "endpoint_unreachable",
  },
  {
    name: "a private address the target guard refuses",
    spec: {
      key: KEYS.custom,
      url: "http://10.0.0.7/v1/me",
      probes: [{ variant: "as-sent", error: { kind: "blocked", message: "target not allowed" } }],
    },
    top: "endpoint_unreachable",
    fix: /WHY401_ALLOW_PRIVATE_TARGETS/,
  },

  // ── inconclusive ────────────────────────────────────────────────────────────
  {
    name: "a clean OpenAI key, inspection only",
    spec: { key: KEYS.openai, provider: "openai" },
    top: "inconclusive",
    fix: /run the test/i,
  },
  {
    name: "the upstream answers 502 to everything",
    spec: {
      key: KEYS.custom,
      probes: [inline("as-sent", "serverError"), inline("no-credential", "serverError")],
    },
    top: "inconclusive",
  },
  {
    name: "a clean custom key, inspection only",
    spec: { key: KEYS.custom },
    top: "inconclusive",
  },
];
