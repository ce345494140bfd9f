import { describe, expect, it } from "vitest";
import { diagnose, diagnoseRuledOut } from "@/lib/diagnosis";
import type { CauseId } from "@/lib/diagnosis/cause-ids";
import { buildEvidence, type EvidenceSpec, NOW, recorded } from "./build-evidence";
import { inline } from "./inline-answers";
import { jwt, KEYS } from "./keys";
import { SPECS } from "./specs";

const S = Math.floor(NOW / 1000);

interface Contradiction {
  name: string;
  spec: EvidenceSpec;
  top: CauseId;
  /** Causes that must be present but ranked below the top one. */
  below?: CauseId[];
  /** Causes that must not appear at all. */
  absent?: CauseId[];
  /** Causes a request disproved: listed in `ruledOut`, absent from the causes. */
  ruledOut?: CauseId[];
}

const customInvalid = {
  status: 401,
  headers: { "content-type": "application/json", server: "uvicorn" },
  body: JSON.stringify({ error: "invalid api key" }),
};
const customMissing = {
  status: 401,
  headers: { "content-type": "application/json", server: "uvicorn" },
  body: JSON.stringify({ error: "missing api key" }),
};

const TABLE: Contradiction[] = [
  {
    name: "cleaned key works + whitespace: key_whitespace beats key_rejected",
    spec: {
      key: ` ${KEYS.openai}\t`,
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
        inline("cleaned", "openaiModels"),
      ],
    },
    top: "key_whitespace",
    // The cleaned key got a 200: the key is not refused, so it leaves the ranking.
    ruledOut: ["key_rejected"],
  },
  {
    name: "another placement works: wrong_auth_header beats key_rejected",
    spec: {
      key: KEYS.custom,
      probes: [
        { variant: "as-sent", ...customInvalid },
        { variant: "no-credential", ...customMissing },
        inline("x-api-key", "customOk"),
        { variant: "authorization", ...customInvalid },
      ],
    },
    top: "wrong_auth_header",
    // X-API-Key got a 200: the key is not refused, so it leaves the ranking.
    ruledOut: ["key_rejected"],
    absent: ["credentials_work"],
  },
  {
    name: "keyed answer equals the no-credential answer: the key never counted",
    spec: {
      key: KEYS.custom,
      probes: [
        recorded("as-sent", "problem-details"),
        recorded("no-credential", "problem-details"),
      ],
    },
    top: "credentials_not_received",
    below: ["key_rejected"],
  },
  {
    name: "a gateway fingerprint on the 401: gateway_rejected beats key_rejected",
    spec: {
      key: KEYS.custom,
      probes: [
        recorded("as-sent", "kong-invalid-credentials"),
        recorded("no-credential", "kong-no-api-key"),
      ],
    },
    top: "gateway_rejected",
    below: ["key_rejected"],
  },
  {
    name: "2xx as sent: credentials_work, and the whitespace the server tolerated fades",
    spec: {
      key: `${KEYS.github} `,
      provider: "github",
      probes: [
        inline("as-sent", "githubUser"),
        recorded("no-credential", "github-bad-credentials"),
        inline("cleaned", "githubUser"),
      ],
    },
    top: "credentials_work",
    below: ["key_whitespace"],
  },
  {
    name: "Slack 200 ok:false invalid_auth is key_rejected, never credentials_work",
    spec: SPECS.slackInvalidAuth,
    top: "key_rejected",
    absent: ["credentials_work"],
  },
  {
    name: "407 outranks everything else",
    spec: {
      key: `${KEYS.openai} `,
      provider: "openai",
      probes: [
        inline("as-sent", "proxy407Basic"),
        inline("no-credential", "proxy407Basic"),
        inline("cleaned", "proxy407Basic"),
      ],
    },
    top: "proxy_auth_required",
    absent: ["credentials_work"],
  },
  {
    name: "an expired JWT explains the refusal better than key_rejected",
    spec: {
      key: jwt({ sub: "u", exp: S - 7200 }),
      probes: [recorded("as-sent", "empty-401"), inline("no-credential", "fastapiBearerNoHeader")],
    },
    top: "key_expired",
    below: ["key_rejected"],
  },
  {
    name: "an Anthropic API key sent as Bearer: a header problem, not the wrong kind of key",
    spec: {
      key: KEYS.anthropic,
      provider: "anthropic",
      auth: { placement: "bearer" },
      probes: [
        {
          variant: "as-sent",
          status: 401,
          headers: {
            "content-type": "application/json",
            "request-id": "req_011CUa1b2c3d4e5f6g7h8i9j",
          },
          body: JSON.stringify({
            type: "error",
            error: {
              type: "authentication_error",
              message: "OAuth authentication is currently not supported.",
            },
          }),
        },
        recorded("no-credential", "anthropic-no-key"),
      ],
    },
    top: "wrong_auth_header",
    below: ["key_wrong_type"],
  },
  {
    name: "a fingerprint that matches rules out a stale environment",
    spec: {
      key: KEYS.openai,
      provider: "openai",
      probes: [inline("as-sent", "openaiModels")],
      environment: (fingerprint) => ({ fingerprintCheck: { printed: fingerprint, matches: true } }),
    },
    top: "credentials_work",
    absent: ["stale_environment"],
  },
  {
    name: "a wrong-provider key outranks the refusal it causes",
    spec: {
      key: KEYS.groq,
      provider: "openai",
      probes: [
        recorded("as-sent", "openai-invalid-key"),
        recorded("no-credential", "openai-no-key"),
      ],
    },
    top: "key_wrong_provider",
    below: ["key_rejected", "wrong_endpoint"],
  },
];

describe("contradictions resolve sensibly", () => {
  it.each(TABLE.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const ev = await buildEvidence(c.spec);
    const causes = diagnose(ev);
    const ids = causes.map((x) => x.id);
    const summary = causes.map((x) => `${x.id}:${x.confidence}`).join(", ");
    expect(ids[0], summary).toBe(c.top);
    for (const id of c.below ?? []) {
      expect(ids, summary).toContain(id);
      expect(ids.indexOf(id), summary).toBeGreaterThan(0);
    }
    for (const id of c.absent ?? []) expect(ids, summary).not.toContain(id);
    const out = diagnoseRuledOut(ev).map((r) => r.id);
    for (const id of c.ruledOut ?? []) {
      expect(out, summary).toContain(id);
      expect(ids, summary).not.toContain(id);
    }
  });
});
