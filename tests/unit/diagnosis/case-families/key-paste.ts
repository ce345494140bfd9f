/** Diagnosis cases. Pasting the key: whitespace, quotes, a scheme word, a placeholder, a cut key. */

import { recorded } from "../build-evidence";
import type { Case } from "../cases";
import { inline } from "../inline-answers";
import { KEYS } from "../keys";
import { fp } from "./shared";

export const KEY_PASTE_CASES: Case[] = [
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

  {
    name: "'token token <key>' as a bare Authorization value: the doubled scheme, shown by the key working under one",
    spec: {
      key: `token token ${KEYS.custom}`,
      auth: { placement: "authorization" },
      probes: [
        recorded("as-sent", "express-plain-unauthorized"),
        recorded("no-credential", "express-plain-unauthorized"),
        recorded("cleaned", "express-plain-unauthorized"),
        inline("bearer", "customOk"),
      ],
    },
    top: "key_scheme_prefix",
    second: "wrong_auth_header",
  },

  // ── key_truncated ───────────────────────────────────────────────────────────
  {
    name: "a short sk- key to an API the catalog does not know: sk- is no proof of a cut OpenAI key",
    spec: {
      key: "sk-eeom3872A36SwSSQ4CS4tG",
      auth: { placement: "bearer" },
      probes: [
        recorded("as-sent", "express-plain-unauthorized"),
        recorded("no-credential", "express-plain-unauthorized"),
      ],
    },
    top: "key_rejected",
  },
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
];
