/**
 * Adversarial review scenarios: what a person with a failing key would paste and what the
 * upstream would answer, checked the way that person reads the report: the top cause, its
 * words, the fix steps (provider key page, header), and no key material beyond the preview.
 */

import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/diagnosis";
import type { CauseId } from "@/lib/diagnosis/cause-ids";
import type { Report } from "@/lib/diagnosis/report";
import { inspectKey } from "@/lib/inspect";
import { buildEvidence, type EvidenceSpec, NOW, type ProbeSpec, recorded } from "./build-evidence";
import { inline } from "./inline-answers";
import { alnum, jwt, KEYS } from "./keys";
import { SPECS } from "./specs";

const S = Math.floor(NOW / 1000);
const DATE = "Fri, 27 Nov 2026 12:00:00 GMT";
const JSON_CT = { "content-type": "application/json" };

interface Scenario {
  name: string;
  spec: EvidenceSpec;
  top: CauseId;
  headline?: RegExp;
  /** Each must match the top cause's evidence, joined. */
  evidence?: RegExp[];
  /** Each must match the top cause's fix steps, joined. */
  fix?: RegExp[];
  /** Must not appear in the top cause's fix steps. */
  notInFix?: RegExp[];
  /** Other causes that may appear only at or below this confidence. */
  atMost?: Partial<Record<CauseId, number>>;
}

const anthropicAsBearer = (asSent: ProbeSpec, extra: ProbeSpec[] = []): EvidenceSpec => ({
  key: KEYS.anthropic,
  provider: "anthropic",
  auth: { placement: "bearer" },
  probes: [asSent, recorded("no-credential", "anthropic-no-key"), ...extra],
});

const githubNotFound = (variant: ProbeSpec["variant"]): ProbeSpec => ({
  variant,
  status: 404,
  headers: { ...JSON_CT, server: "github.com" },
  body: JSON.stringify({
    message: "Not Found",
    documentation_url: "https://docs.github.com/rest",
    status: "404",
  }),
});

const supabaseJwt = jwt({
  iss: "https://abcdefghijkl.supabase.co/auth/v1",
  sub: "5f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f",
  aud: "authenticated",
  role: "authenticated",
  iat: S - 3 * 86_400 - 3_700,
  exp: S - 3 * 86_400 - 100,
});

const SCENARIOS: Scenario[] = [
  {
    name: "OpenAI key with a trailing newline: as-sent cannot be sent, the cleaned key works",
    spec: {
      key: `${KEYS.openai}\n`,
      provider: "openai",
      probes: [
        {
          variant: "as-sent",
          error: { kind: "invalid_header", message: "Invalid header value char" },
        },
        recorded("no-credential", "openai-no-key"),
        inline("cleaned", "openaiModels"),
      ],
    },
    top: "key_whitespace",
    headline: /ends with a line break/,
    evidence: [/could not even be sent/, /worked: 200 OK/],
    fix: [/trim\(\)/, /printf '%s'/],
    atMost: { key_rejected: 0.3, endpoint_unreachable: 0.3 },
  },
  {
    name: "GitHub fine-grained token: 403 Resource not accessible by personal access token",
    spec: {
      key: `github_pat_11ABCDE2Y0${alnum(72, 40)}`,
      provider: "github",
      url: "https://api.github.com/repos/acme/billing/hooks",
      probes: [
        recorded("as-sent", "github-pat-not-accessible", {
          "x-accepted-github-permissions": "administration=read",
        }),
        {
          variant: "no-credential",
          status: 404,
          headers: { ...JSON_CT, server: "github.com" },
          body: JSON.stringify({
            message: "Not Found",
            documentation_url: "https://docs.github.com/rest",
            status: "404",
          }),
        },
      ],
    },
    top: "not_authorized",
    evidence: [/Resource not accessible/, /administration=read/],
    fix: [/github\.com\/settings\/tokens/, /Repository access/],
    notInFix: [/Slack/],
    atMost: { key_rejected: 0.3 },
  },
  {
    name: "GitHub token gets 404 for a private repository (or a mistyped path)",
    spec: {
      key: KEYS.github,
      provider: "github",
      url: "https://api.github.com/repos/acme/privat",
      probes: [githubNotFound("as-sent"), githubNotFound("no-credential")],
    },
    top: "not_authorized",
    headline: /or the path is wrong/,
    fix: [/Repository access/],
    atMost: { not_authorized: 0.75 },
  },
  {
    name: "Anthropic API key sent as Bearer: answered like no key at all",
    spec: anthropicAsBearer(recorded("as-sent", "anthropic-no-key")),
    top: "wrong_auth_header",
    headline: /x-api-key/,
    evidence: [/as it does when no key is sent/],
    fix: [/x-api-key/],
  },
  {
    name: "Anthropic API key sent as Bearer: 'OAuth authentication is currently not supported'",
    spec: anthropicAsBearer({
      variant: "as-sent",
      status: 401,
      headers: JSON_CT,
      body: JSON.stringify({
        type: "error",
        error: {
          type: "authentication_error",
          message: "OAuth authentication is currently not supported.",
        },
      }),
    }),
    top: "wrong_auth_header",
    fix: [/x-api-key/],
    atMost: { key_wrong_type: 0.3, key_rejected: 0.3 },
  },
  {
    name: "Anthropic API key set to go as Bearer, inspection only",
    spec: { key: KEYS.anthropic, provider: "anthropic", auth: { placement: "bearer" } },
    top: "wrong_auth_header",
    headline: /x-api-key/,
  },
  {
    name: "Anthropic API key as Bearer, while the x-api-key variant works",
    spec: anthropicAsBearer(recorded("as-sent", "anthropic-no-key"), [
      {
        ...inline("provider", "anthropicModels"),
        auth: { placement: "header", name: "x-api-key" },
      },
    ]),
    top: "wrong_auth_header",
    headline: /works as x-api-key/,
    atMost: { credentials_not_received: 0.9 },
  },
  {
    name: "Stripe publishable key (pk_) used for a server-side call",
    spec: {
      key: KEYS.stripePublishable,
      provider: "stripe",
      probes: [inline("as-sent", "stripePublishable"), recorded("no-credential", "stripe-no-key")],
    },
    top: "key_wrong_type",
    headline: /publishable key/,
    fix: [/secret key/, /dashboard\.stripe\.com\/apikeys/],
  },
  {
    name: "Cloudflare Global API Key sent as a Bearer token",
    spec: SPECS.cloudflareGlobalAsBearer,
    top: "key_wrong_type",
    headline: /Global API Key/,
    fix: [/X-Auth-Key/, /X-Auth-Email/, /dash\.cloudflare\.com\/profile\/api-tokens/],
  },
  {
    name: "AWS API Gateway 403 Missing Authentication Token (wrong stage or path)",
    spec: {
      key: `k_${alnum(38, 41)}`,
      url: "https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/orderz",
      probes: [
        recorded("as-sent", "aws-apigw-missing-token"),
        recorded("no-credential", "aws-apigw-missing-token"),
      ],
    },
    top: "wrong_endpoint",
    evidence: [/path, method or stage that does not exist/],
    fix: [/<stage>/, /SigV4/],
  },
  {
    name: "Azure API Management: missing subscription key",
    spec: {
      key: alnum(32, 42),
      url: "https://contoso.azure-api.net/orders/list",
      probes: [
        recorded("as-sent", "azure-apim-missing-key"),
        recorded("no-credential", "azure-apim-missing-key"),
      ],
    },
    top: "gateway_rejected",
    headline: /Azure API Management/,
    fix: [/Ocp-Apim-Subscription-Key/],
  },
  {
    name: "expired Supabase JWT, judged by the server's Date header",
    spec: {
      key: supabaseJwt,
      url: "https://abcdefghijkl.supabase.co/rest/v1/todos",
      probes: [
        {
          variant: "as-sent",
          status: 401,
          headers: {
            "content-type": "application/json; charset=utf-8",
            date: DATE,
            "www-authenticate": 'Bearer error="invalid_token", error_description="JWT expired"',
          },
          body: JSON.stringify({
            code: "PGRST303",
            details: null,
            hint: null,
            message: "JWT expired",
          }),
        },
        {
          variant: "no-credential",
          status: 401,
          headers: { "content-type": "application/json; charset=utf-8", date: DATE },
          body: JSON.stringify({ message: "No API key found in request" }),
        },
      ],
    },
    top: "key_expired",
    headline: /expired 3 days ago/,
    evidence: [/API server's clock/],
    fix: [/fresh token/],
  },
  {
    name: "an unexpanded OPENAI_API_KEY variable sent literally to OpenAI",
    spec: {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal is the point.
      key: "${OPENAI_API_KEY}",
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
      ],
    },
    top: "key_placeholder",
    headline: /variable name was sent/,
    fix: [/process\.env/],
    atMost: { key_rejected: 0.5 },
  },
  {
    name: "a key copied from a redacted dashboard, inspection only",
    spec: { key: "sk-proj-…abcd", provider: "openai" },
    top: "key_placeholder",
    headline: /redacted/,
    atMost: { key_truncated: 0 },
  },
  {
    name: "a key copied from a redacted dashboard, sent to OpenAI",
    spec: {
      key: "sk-proj-…abcd",
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
      ],
    },
    top: "key_placeholder",
    fix: [/full key/, /platform\.openai\.com\/api-keys/],
    atMost: { key_rejected: 0.5 },
  },
  {
    name: "a real GitHub token left inside the template's <…> markers",
    spec: { key: `<${KEYS.github}>`, provider: "github" },
    top: "key_placeholder",
    headline: /markers around it/,
    fix: [/Remove the <…>/],
    notInFix: [/Replace it with the real key/],
  },
  {
    name: "a whole .env line pasted; only the value works",
    spec: {
      key: `OPENAI_API_KEY=${KEYS.openai}`,
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
        inline("cleaned", "openaiModels"),
      ],
    },
    top: "key_placeholder",
    evidence: [/only the value sent, the same key worked/],
    fix: [/only the value/],
    notInFix: [/Replace it with the real key/],
  },
  {
    name: "Slack bot token refused with 200 ok:false invalid_auth",
    spec: SPECS.slackInvalidAuth,
    top: "key_rejected",
    fix: [/api\.slack\.com\/apps/],
    atMost: { credentials_work: 0.2 },
  },
  {
    name: "Slack token without the scope: 200 ok:false missing_scope names what is needed",
    spec: SPECS.slackMissingScope,
    top: "not_authorized",
    evidence: [/chat:write/],
    fix: [/reinstall the app/],
  },
  {
    name: "an xAI key sent to Groq",
    spec: SPECS.xaiKeyToGroq,
    top: "key_wrong_provider",
    headline: /xAI key/,
    fix: [/console\.groq\.com\/keys/, /api\.x\.ai/],
  },
];

function allText(r: Report): string[] {
  return [
    r.verdict.headline,
    r.verdict.summary,
    ...r.causes.flatMap((c) => [c.title, ...c.evidence, ...c.fix]),
  ];
}

/** What the paste holds as a key, minus its public format prefix (sk-proj-, xoxb-…). */
function secretPart(key: string): string {
  const cleaned = inspectKey(key).cleaned;
  const prefix = /^(sk-proj-|sk-ant-api03-|github_pat_|pk_test_|xoxb-|xai-|k_)/.exec(cleaned)?.[0];
  return cleaned.slice(prefix?.length ?? 0);
}

describe("review scenarios: what the person sees first", () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))("%s", async (_name, s) => {
    const report = buildReport(await buildEvidence(s.spec), "2026-11-27T12:00:00.000Z");
    const [top] = report.causes;
    const ranking = report.causes.map((c) => `${c.id}:${c.confidence}`).join(", ");
    expect(top?.id, ranking).toBe(s.top);
    if (!top) return;
    if (s.headline) expect(report.verdict.headline).toMatch(s.headline);
    for (const re of s.evidence ?? []) expect(top.evidence.join(" "), ranking).toMatch(re);
    for (const re of s.fix ?? []) expect(top.fix.join(" ")).toMatch(re);
    for (const re of s.notInFix ?? []) expect(top.fix.join(" ")).not.toMatch(re);
    for (const [id, max] of Object.entries(s.atMost ?? {})) {
      const other = report.causes.find((c) => c.id === id);
      expect(other?.confidence ?? 0, `${id} in ${ranking}`).toBeLessThanOrEqual(max);
    }
  });

  it.each(SCENARIOS.map((s) => [s.name, s] as const))("reads well: %s", async (_name, s) => {
    const report = buildReport(await buildEvidence(s.spec), "2026-11-27T12:00:00.000Z");
    for (const text of allText(report)) {
      expect(text).not.toMatch(/\bundefined\b|\[object |NaN|\s{2}|\s[,:]|\s\.(\s|$)|\.\.(?!\.)/);
    }
    for (const c of report.causes) {
      for (const sentence of [...c.evidence, ...c.fix]) expect(sentence).toMatch(/[.)»"”]$/);
      // Jargon comes with its explanation.
      const text = [...c.evidence, ...c.fix].join(" ");
      if (/SigV4/.test(text)) expect(text).toMatch(/sign/i);
    }
    // A fix step names a header or a page the person can act on, never just "check it".
    expect(report.causes[0]?.fix.length).toBeGreaterThan(0);
    // Nothing of the key beyond the preview: no 6-character run of its secret part.
    const secret = secretPart(s.spec.key);
    const joined = allText(report).join("\n");
    if (!/^\$\{|…/.test(s.spec.key)) {
      for (let i = 0; i + 6 <= secret.length; i++) {
        expect(joined).not.toContain(secret.slice(i, i + 6));
      }
    }
  });
});

it("a GitHub 404 keeps the wrong path in view beside the missing permission", async () => {
  const report = buildReport(
    await buildEvidence({
      key: KEYS.github,
      provider: "github",
      url: "https://api.github.com/repos/acme/privat",
      probes: [githubNotFound("as-sent"), githubNotFound("no-credential")],
    }),
    "2026-11-27T12:00:00.000Z",
  );
  expect(report.causes.map((c) => c.id).slice(0, 2)).toEqual(["not_authorized", "wrong_endpoint"]);
});
