/**
 * The table: realistic situations, each with the cause a person should see first.
 * Built from recorded provider and gateway answers (tests/fixtures/answers.ts) and the
 * inline ones; at least three rows per cause id.
 */

import type { CauseId } from "@/lib/diagnosis/cause-ids";
import { type EvidenceSpec, NOW, recorded } from "./build-evidence";
import { inline, redirect } from "./inline-answers";
import { hex, jwt, KEYS } from "./keys";
import { SPECS } from "./specs";

export interface Case {
  name: string;
  spec: EvidenceSpec;
  top: CauseId;
  /** The runner-up, where the ranking should be certain. */
  second?: CauseId;
  /** Text the top cause's fix must mention (provider header, key page…). */
  fix?: RegExp;
  headline?: RegExp;
}

const S = Math.floor(NOW / 1000);
const DAY = 86_400;
const fp = (n: number) => `sha256:${hex(8, n)}`;

export const CASES: Case[] = [
  // ── key_whitespace ──────────────────────────────────────────────────────────
  {
    name: "OpenAI key with a trailing space; the cleaned key works",
    spec: {
      key: `${KEYS.openai} `,
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
        inline("cleaned", "openaiModels"),
      ],
    },
    top: "key_whitespace",
    headline: /trailing space/,
    fix: /trim/i,
  },
  {
    name: "Anthropic key with a trailing line break cannot even be sent",
    spec: {
      key: `${KEYS.anthropic}\n`,
      provider: "anthropic",
      probes: [
        {
          variant: "as-sent",
          error: { kind: "invalid_header", message: "Invalid header value char" },
        },
        recorded("no-credential", "anthropic-no-key"),
        inline("cleaned", "anthropicModels"),
      ],
    },
    top: "key_whitespace",
  },
  {
    name: "GitHub token with a zero-width space inside (inspection only)",
    spec: { key: `${KEYS.github.slice(0, 20)}\u200b${KEYS.github.slice(20)}`, provider: "github" },
    top: "key_whitespace",
    second: "inconclusive",
    headline: /zero-width/,
  },
  {
    name: "echo check: the app sends the key with a trailing newline",
    spec: {
      key: KEYS.groq,
      provider: "groq",
      environment: {
        echo: [
          {
            credential: {
              name: "authorization",
              location: "header",
              scheme: "Bearer",
              fingerprint: fp(1),
              length: 57,
              findingKinds: ["trailing_whitespace", "line_break"],
            },
            headerNames: ["authorization", "content-type", "user-agent"],
            method: "POST",
            path: "/openai/v1/chat/completions",
          },
        ],
      },
    },
    top: "key_whitespace",
  },

  {
    name: "a Cyrillic look-alike inside a GitHub token cannot be sent",
    spec: {
      key: `${KEYS.github.slice(0, 10)}\u0430${KEYS.github.slice(11)}`,
      provider: "github",
      probes: [
        {
          variant: "as-sent",
          error: { kind: "invalid_header", message: "Cannot convert argument to a ByteString" },
        },
        recorded("no-credential", "github-bad-credentials"),
      ],
    },
    top: "key_whitespace",
    headline: /look-alike/,
  },

  // ── key_quotes ──────────────────────────────────────────────────────────────
  {
    name: "Stripe key wrapped in double quotes from docker --env-file",
    spec: {
      key: `"${KEYS.stripeSecret}"`,
      provider: "stripe",
      probes: [
        recorded("as-sent", "stripe-invalid-key"),
        recorded("no-credential", "stripe-no-key"),
        inline("cleaned", "stripeBalance"),
      ],
    },
    top: "key_quotes",
    fix: /env-file/,
  },
  {
    name: "Slack token in single quotes (inspection only)",
    spec: { key: `'${KEYS.slack}'`, provider: "slack" },
    top: "key_quotes",
  },
  {
    name: "Gemini key in smart quotes pasted from a doc",
    spec: {
      key: `\u201c${KEYS.gemini}\u201d`,
      provider: "gemini",
      probes: [
        recorded("as-sent", "gemini-api-key-invalid"),
        recorded("no-credential", "gemini-unregistered-caller"),
        inline("cleaned", "geminiModels"),
      ],
    },
    top: "key_quotes",
  },

  // ── key_scheme_prefix ───────────────────────────────────────────────────────
  {
    name: 'OpenAI key pasted with "Bearer " so the header says Bearer Bearer',
    spec: {
      key: `Bearer ${KEYS.openai}`,
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
        inline("cleaned", "openaiModels"),
      ],
    },
    top: "key_scheme_prefix",
    headline: /Bearer/,
    fix: /Bearer/,
  },
  {
    name: 'GitHub token pasted with "token " prefix',
    spec: {
      key: `token ${KEYS.github}`,
      provider: "github",
      probes: [recorded("as-sent", "github-bad-credentials"), inline("cleaned", "githubUser")],
    },
    top: "key_scheme_prefix",
  },
  {
    name: "a whole Authorization header line pasted as the key (inspection only)",
    spec: { key: `Authorization: Bearer ${KEYS.groq}`, provider: "groq" },
    top: "key_scheme_prefix",
  },
  {
    name: "echo check: the app sends Bearer Bearer",
    spec: {
      key: KEYS.xai,
      provider: "xai",
      environment: {
        echo: [
          {
            credential: {
              name: "authorization",
              location: "header",
              scheme: "Bearer",
              fingerprint: fp(2),
              length: 91,
              findingKinds: ["scheme_prefix"],
            },
            headerNames: ["authorization", "content-type"],
            method: "POST",
            path: "/v1/chat/completions",
          },
        ],
      },
    },
    top: "key_scheme_prefix",
  },

  // ── key_placeholder ─────────────────────────────────────────────────────────
  {
    name: "an unexpanded variable sent to OpenAI",
    spec: {
      key: `\${OPENAI_API_KEY}`,
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
      ],
    },
    top: "key_placeholder",
    fix: /expanded/,
  },
  {
    name: "the README placeholder sent to Anthropic",
    spec: {
      key: "your-api-key-here",
      provider: "anthropic",
      probes: [
        recorded("as-sent", "anthropic-invalid-key"),
        recorded("no-credential", "anthropic-no-key"),
      ],
    },
    top: "key_placeholder",
    fix: /console\.anthropic\.com/,
  },
  {
    name: "a redacted key pasted for inspection only says a real key is needed",
    spec: { key: "sk-proj-…wXyZ", provider: "openai" },
    top: "key_placeholder",
    second: "inconclusive",
    fix: /real key/,
  },
  {
    name: "an empty key to a custom API: the empty value beats 'not received'",
    spec: {
      key: "",
      probes: [
        recorded("as-sent", "express-plain-unauthorized"),
        recorded("no-credential", "express-plain-unauthorized"),
      ],
    },
    top: "key_placeholder",
    second: "credentials_not_received",
  },

  // ── key_truncated ───────────────────────────────────────────────────────────
  {
    name: "OpenAI project key cut after 30 characters",
    spec: {
      key: KEYS.openai.slice(0, 38),
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
      ],
    },
    top: "key_truncated",
    second: "key_rejected",
    fix: /platform\.openai\.com\/api-keys/,
  },
  {
    name: "Anthropic key cut in half (inspection only)",
    spec: { key: KEYS.anthropic.slice(0, 55), provider: "anthropic" },
    top: "key_truncated",
  },
  {
    name: "GitHub fine-grained token cut by line wrapping",
    spec: {
      key: `github_pat_${KEYS.github.slice(4, 40)}`,
      provider: "github",
      probes: [recorded("as-sent", "github-bad-credentials")],
    },
    top: "key_truncated",
  },

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

  // ── wrong_auth_header ───────────────────────────────────────────────────────
  {
    name: "Anthropic key sent as Bearer; x-api-key works",
    spec: {
      key: KEYS.anthropic,
      provider: "anthropic",
      auth: { placement: "bearer" },
      probes: [
        recorded("as-sent", "anthropic-no-key"),
        recorded("no-credential", "anthropic-no-key"),
        {
          ...inline("provider", "anthropicModels"),
          auth: { placement: "header", name: "x-api-key" },
        },
      ],
    },
    top: "wrong_auth_header",
    fix: /x-api-key/,
  },
  {
    name: "custom API wants X-API-Key, not Bearer",
    spec: {
      key: KEYS.custom,
      probes: [
        recorded("as-sent", "fastapi-not-authenticated"),
        recorded("no-credential", "fastapi-not-authenticated"),
        inline("x-api-key", "customOk"),
      ],
    },
    top: "wrong_auth_header",
    fix: /X-API-Key/,
  },
  {
    name: "Anthropic key in a raw Authorization header (inspection only)",
    spec: { key: KEYS.anthropic, provider: "anthropic", auth: { placement: "authorization" } },
    top: "wrong_auth_header",
    fix: /x-api-key/,
  },
  {
    name: "echo check: the app sends the OpenAI key in x-api-key",
    spec: {
      key: KEYS.openai,
      provider: "openai",
      environment: (fingerprint) => ({
        echo: [
          {
            credential: {
              name: "x-api-key",
              location: "header",
              fingerprint,
              length: KEYS.openai.length,
              findingKinds: [],
            },
            headerNames: ["x-api-key", "content-type"],
            method: "GET",
            path: "/v1/models",
          },
        ],
      }),
    },
    top: "wrong_auth_header",
    fix: /Bearer/,
  },
  {
    name: "AWS IAM route: a Bearer token instead of a SigV4 signature",
    spec: {
      key: KEYS.custom,
      url: "https://abc123.execute-api.eu-west-1.amazonaws.com/prod/orders",
      probes: [recorded("as-sent", "aws-apigw-iam-bearer")],
    },
    top: "wrong_auth_header",
    fix: /SigV4/,
  },

  // ── credentials_not_received ────────────────────────────────────────────────
  {
    name: "OpenAI says no API key was provided, same as with no key",
    spec: {
      key: KEYS.openai,
      provider: "openai",
      probes: [recorded("as-sent", "openai-no-key"), recorded("no-credential", "openai-no-key")],
    },
    top: "credentials_not_received",
    fix: /Bearer/,
  },
  {
    name: "a plain Express 401, identical with and without the key",
    spec: {
      key: KEYS.custom,
      probes: [
        recorded("as-sent", "express-plain-unauthorized"),
        recorded("no-credential", "express-plain-unauthorized"),
      ],
    },
    top: "credentials_not_received",
    second: "key_rejected",
  },
  {
    name: "a bare Bearer challenge without error= (RFC 6750: nothing was seen)",
    spec: {
      key: KEYS.custom,
      probes: [
        inline("as-sent", "fastapiBearerNoHeader"),
        inline("no-credential", "fastapiBearerNoHeader"),
      ],
    },
    top: "credentials_not_received",
  },
  {
    name: "Stripe: You did not provide an API key",
    spec: {
      key: KEYS.stripeSecret,
      provider: "stripe",
      probes: [recorded("as-sent", "stripe-no-key"), recorded("no-credential", "stripe-no-key")],
    },
    top: "credentials_not_received",
  },

  // ── redirect_drops_auth ─────────────────────────────────────────────────────
  {
    name: "http → https redirect",
    spec: {
      key: KEYS.custom,
      url: "http://api.example.com/v1/me",
      probes: [redirect("as-sent", 301, "https://api.example.com/v1/me")],
    },
    top: "redirect_drops_auth",
    fix: /https:\/\//,
  },
  {
    name: "redirect to another host",
    spec: {
      key: KEYS.custom,
      url: "https://api.example.com/v1/me",
      probes: [
        redirect("as-sent", 302, "https://eu.api-example.net/v1/me"),
        redirect("no-credential", 302, "https://eu.api-example.net/v1/me"),
      ],
    },
    top: "redirect_drops_auth",
    headline: /another host/,
  },
  {
    name: "trailing-slash redirect on the same origin",
    spec: {
      key: KEYS.custom,
      url: "https://api.example.com/v1/orders",
      probes: [redirect("as-sent", 308, "/v1/orders/")],
    },
    top: "redirect_drops_auth",
  },

  // ── wrong_endpoint ──────────────────────────────────────────────────────────
  {
    name: "OpenAI: Invalid URL (a typo in the path)",
    spec: {
      key: KEYS.openai,
      provider: "openai",
      url: "https://api.openai.com/v1/model",
      probes: [inline("as-sent", "openaiInvalidUrl"), inline("no-credential", "openaiInvalidUrl")],
    },
    top: "wrong_endpoint",
    fix: /api\.openai\.com\/v1\/models/,
  },
  {
    name: "Azure OpenAI: the deployment does not exist",
    spec: {
      key: KEYS.azure,
      provider: "azure-openai",
      url: "https://contoso.openai.azure.com/openai/deployments/gpt4/chat/completions",
      probes: [inline("as-sent", "azureDeploymentNotFound")],
    },
    top: "wrong_endpoint",
    fix: /deployments/,
  },
  {
    name: "Kong: no Route matched",
    spec: {
      key: KEYS.custom,
      probes: [inline("as-sent", "kongNoRoute"), inline("no-credential", "kongNoRoute")],
    },
    top: "wrong_endpoint",
  },

  {
    name: "AWS API Gateway: Missing Authentication Token on a path that does not exist",
    spec: {
      key: KEYS.custom,
      url: "https://abc123.execute-api.eu-west-1.amazonaws.com/prod/order",
      probes: [
        recorded("as-sent", "aws-apigw-missing-token"),
        recorded("no-credential", "aws-apigw-missing-token"),
      ],
    },
    top: "wrong_endpoint",
  },

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
