/** Diagnosis cases. Which key it is: another provider's, the wrong kind, expired, not yet valid, rejected. */

import { recorded } from "../build-evidence";
import type { Case } from "../cases";
import { inline } from "../inline-answers";
import { jwt, KEYS } from "../keys";
import { SPECS } from "../specs";
import { DAY, S } from "./shared";

export const KEY_IDENTITY_CASES: Case[] = [
  // ── key_wrong_provider ──────────────────────────────────────────────────────
  {
    name: "an Anthropic key sent to OpenAI",
    spec: {
      key: KEYS.anthropic,
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
      ],
    },
    top: "key_wrong_provider",
    headline: /Anthropic.*OpenAI/,
    fix: /platform\.openai\.com/,
  },
  {
    name: "an xAI key sent to Groq",
    spec: SPECS.xaiKeyToGroq,
    top: "key_wrong_provider",
  },
  {
    name: "an OpenAI key sent to Azure OpenAI",
    spec: {
      key: KEYS.openai,
      provider: "azure-openai",
      url: "https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21",
      probes: [recorded("as-sent", "azure-openai-invalid-key")],
    },
    top: "key_wrong_provider",
  },
  {
    name: "a GitHub token for GitLab (inspection only)",
    spec: { key: KEYS.github, provider: "gitlab" },
    top: "key_wrong_provider",
    second: "wrong_endpoint",
  },

  // ── key_wrong_type ──────────────────────────────────────────────────────────
  {
    name: "Stripe publishable key used for a server call",
    spec: {
      key: KEYS.stripePublishable,
      provider: "stripe",
      probes: [inline("as-sent", "stripePublishable"), recorded("no-credential", "stripe-no-key")],
    },
    top: "key_wrong_type",
    fix: /secret key.*dashboard\.stripe\.com\/apikeys/,
  },
  {
    name: "Cloudflare Global API Key sent as a Bearer token",
    spec: SPECS.cloudflareGlobalAsBearer,
    top: "key_wrong_type",
    fix: /X-Auth-Key/,
  },
  {
    name: "Datadog application key sent as DD-API-KEY",
    spec: {
      key: KEYS.datadogApp,
      provider: "datadog",
      probes: [recorded("as-sent", "datadog-forbidden")],
    },
    top: "key_wrong_type",
    fix: /DD-APPLICATION-KEY/,
  },
  {
    name: "Twilio API key SID sent without its secret",
    spec: {
      key: KEYS.twilioSkSid,
      provider: "twilio",
      probes: [recorded("as-sent", "twilio-authenticate")],
    },
    top: "key_wrong_type",
  },
  {
    name: "SendGrid key ID instead of the key (inspection only)",
    spec: { key: KEYS.sendgridId, provider: "sendgrid" },
    top: "key_wrong_type",
    fix: /SG\./,
  },

  // ── key_expired ─────────────────────────────────────────────────────────────
  {
    name: "a JWT that expired 3 days ago, refused with error=invalid_token",
    spec: {
      key: jwt({
        sub: "user-1",
        iss: "https://auth.example.com",
        aud: "api",
        iat: S - 4 * DAY,
        exp: S - 3 * DAY,
      }),
      probes: [
        {
          variant: "as-sent",
          status: 401,
          headers: {
            "content-type": "application/json",
            "www-authenticate":
              'Bearer realm="api", error="invalid_token", error_description="The access token expired"',
          },
          body: JSON.stringify({ error: "invalid_token" }),
        },
        inline("no-credential", "fastapiBearerNoHeader"),
      ],
    },
    top: "key_expired",
    headline: /expired 3 days ago/,
  },
  {
    name: "Slack rotating token past its 12 hours (200 ok:false token_expired)",
    spec: {
      key: KEYS.slack,
      provider: "slack",
      probes: [
        recorded("as-sent", "slack-token-expired"),
        recorded("no-credential", "slack-not-authed"),
      ],
    },
    top: "key_expired",
  },
  {
    name: "Slack bot token on a user-token method, sent as Slack reads it: the kind of token is wrong",
    spec: {
      key: KEYS.slack,
      provider: "slack",
      probes: [
        recorded("as-sent", "slack-not-allowed-token-type"),
        recorded("no-credential", "slack-not-authed"),
      ],
    },
    top: "key_wrong_type",
  },
  {
    name: "a Google API key as Bearer to a Google Cloud API that says it expects an OAuth token",
    spec: {
      key: KEYS.gemini,
      url: "https://aiplatform.googleapis.com/v1/projects/p/locations/us-central1/models",
      auth: { placement: "bearer" },
      probes: [
        inline("as-sent", "googleExpectsOAuth"),
        inline("no-credential", "googleMissingCredential"),
      ],
    },
    top: "key_wrong_type",
  },
  {
    name: "GitLab OAuth token expired",
    spec: {
      key: KEYS.gitlab,
      provider: "gitlab",
      probes: [recorded("as-sent", "gitlab-token-expired")],
    },
    top: "key_expired",
  },
  {
    name: "an expired JWT refused by Envoy: the expiry is the root cause",
    spec: {
      key: jwt({ sub: "svc", exp: S - 2 * 3600, iat: S - 3 * 3600 }),
      probes: [
        recorded("as-sent", "envoy-jwt-expired"),
        recorded("no-credential", "envoy-jwt-missing"),
      ],
    },
    top: "key_expired",
    second: "gateway_rejected",
  },
  {
    name: "an expired JWT, inspection only",
    spec: { key: jwt({ sub: "u", exp: S - 600 }) },
    top: "key_expired",
  },

  // ── key_not_yet_valid ───────────────────────────────────────────────────────
  {
    name: "a JWT whose nbf is 10 minutes ahead (inspection only)",
    spec: { key: jwt({ sub: "u", nbf: S + 600, iat: S + 600, exp: S + 3600 }) },
    top: "key_not_yet_valid",
    fix: /NTP/,
  },
  {
    name: "a JWT from a fast clock, refused as not yet valid",
    spec: {
      key: jwt({ sub: "u", nbf: S + 300, exp: S + 3900 }),
      probes: [
        {
          variant: "as-sent",
          status: 401,
          headers: {
            "content-type": "application/json",
            "www-authenticate":
              'Bearer error="invalid_token", error_description="The token is not yet valid (nbf)"',
          },
          body: JSON.stringify({ message: "Token not yet valid" }),
        },
      ],
    },
    top: "key_not_yet_valid",
  },
  {
    name: "judged by the API server's Date header, not the caller's clock",
    spec: {
      key: jwt({ sub: "u", iat: S + 120, nbf: S + 120, exp: S + 3720 }),
      now: undefined,
      probes: [
        {
          variant: "as-sent",
          status: 401,
          headers: {
            date: "Fri, 27 Nov 2026 12:00:00 GMT",
            "www-authenticate": 'Bearer error="invalid_token"',
          },
          body: "",
        },
      ],
    },
    top: "key_not_yet_valid",
  },

  // ── key_rejected ────────────────────────────────────────────────────────────
  {
    name: "a well-formed OpenAI key that OpenAI does not know",
    spec: {
      key: KEYS.openai,
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
      ],
    },
    top: "key_rejected",
    fix: /platform\.openai\.com\/api-keys/,
    headline: /OpenAI refused the key/,
  },
  {
    name: "Gemini answers a bad key with 400 API_KEY_INVALID",
    spec: {
      key: KEYS.gemini,
      provider: "gemini",
      probes: [
        recorded("as-sent", "gemini-api-key-invalid"),
        recorded("no-credential", "gemini-unregistered-caller"),
      ],
    },
    top: "key_rejected",
    fix: /aistudio\.google\.com/,
  },
  {
    name: "Anthropic answers a disabled key with 404",
    spec: {
      key: KEYS.anthropic,
      provider: "anthropic",
      probes: [
        recorded("as-sent", "anthropic-disabled-404"),
        recorded("no-credential", "anthropic-no-key"),
      ],
    },
    top: "key_rejected",
    headline: /disabled/,
    fix: /anthropic-version/,
  },
  {
    name: "GitHub: Bad credentials",
    spec: {
      key: KEYS.github,
      provider: "github",
      probes: [recorded("as-sent", "github-bad-credentials")],
    },
    top: "key_rejected",
  },
  {
    name: "Slack 200 ok:false invalid_auth is a refusal, not success",
    spec: SPECS.slackInvalidAuth,
    top: "key_rejected",
  },
];
