import { describe, expect, it } from "vitest";
import { analyzeRequest, type RawEchoRequest } from "@/lib/echo/analyze";
import { compareCapture, compareCaptures } from "@/lib/echo/compare";
import { fingerprintKey } from "@/lib/inspect";
import type { ProviderId } from "@/lib/providers";
import { canaryKey } from "./canary";

const KEY = canaryKey();
const OTHER = canaryKey();

async function capture(headers: [string, string][], pathAndQuery = "/v1/models") {
  const raw: RawEchoRequest = { method: "GET", pathAndQuery, headers, body: null };
  return analyzeRequest(raw, { id: "c1", receivedAt: 1 });
}

interface Row {
  name: string;
  headers: [string, string][];
  path?: string;
  providerId?: ProviderId;
  /** What was pasted, when not KEY. */
  pasted?: string;
  causes: string[];
  match?: boolean;
}

const rows: Row[] = [
  {
    name: "no credential at all → proxy_strips_auth",
    headers: [["accept", "application/json"]],
    providerId: "openai",
    causes: ["proxy_strips_auth"],
  },
  {
    name: "another key → stale_environment",
    headers: [["authorization", `Bearer ${OTHER}`]],
    providerId: "openai",
    causes: ["stale_environment"],
  },
  {
    name: "the same key in the right header → a match",
    headers: [["authorization", `Bearer ${KEY}`]],
    providerId: "openai",
    causes: [],
    match: true,
  },
  {
    name: "the same key, provider unknown → a match",
    headers: [["x-api-key", KEY]],
    causes: [],
    match: true,
  },
  {
    name: "the same key in the custom provider's world → a match whatever the header",
    headers: [["x-whatever-key", KEY]],
    providerId: "custom",
    causes: [],
    match: true,
  },
  {
    name: "Bearer Bearer <key> → key_scheme_prefix only (cleaned, it is the same key)",
    headers: [["authorization", `Bearer Bearer ${KEY}`]],
    providerId: "openai",
    causes: ["key_scheme_prefix"],
  },
  {
    name: "a trailing tab → key_whitespace",
    headers: [["x-api-key", `${KEY}\t`]],
    providerId: "anthropic",
    causes: ["key_whitespace"],
  },
  {
    name: "a zero-width space → key_whitespace",
    headers: [["authorization", `Bearer ${KEY}\u200b`]],
    providerId: "openai",
    causes: ["key_whitespace"],
  },
  {
    name: "quotes → key_quotes",
    headers: [["authorization", `Bearer '${KEY}'`]],
    providerId: "openai",
    causes: ["key_quotes"],
  },
  {
    name: "x-api-key to OpenAI → wrong_auth_header",
    headers: [["x-api-key", KEY]],
    providerId: "openai",
    causes: ["wrong_auth_header"],
  },
  {
    name: "raw Authorization to OpenAI (no Bearer) → wrong_auth_header",
    headers: [["authorization", KEY]],
    providerId: "openai",
    causes: ["wrong_auth_header"],
  },
  {
    name: "Authorization without a scheme to Anthropic → wrong_auth_header",
    headers: [["authorization", KEY]],
    providerId: "anthropic",
    causes: ["wrong_auth_header"],
  },
  {
    name: "x-api-key to Anthropic → a match",
    headers: [["x-api-key", KEY]],
    providerId: "anthropic",
    causes: [],
    match: true,
  },
  {
    name: "GitHub's classic token scheme → a match",
    headers: [["authorization", `token ${KEY}`]],
    providerId: "github",
    causes: [],
    match: true,
  },
  {
    name: "another key in the wrong header → both",
    headers: [["x-api-key", OTHER]],
    providerId: "openai",
    causes: ["stale_environment", "wrong_auth_header"],
  },
  {
    name: "an unset variable → key_placeholder, not stale_environment",
    headers: [["authorization", "Bearer undefined"]],
    providerId: "openai",
    causes: ["key_placeholder"],
  },
  {
    name: "the provider's header wins over a stray credential-named header",
    headers: [
      ["x-auth-token", OTHER],
      ["authorization", `Bearer ${KEY}`],
    ],
    providerId: "openai",
    causes: [],
    match: true,
  },
  {
    name: "Twilio Basic with SID:token, the pair pasted as the key → a match",
    headers: [["authorization", `Basic ${Buffer.from(`AC123:${KEY}`).toString("base64")}`]],
    providerId: "twilio",
    pasted: `AC123:${KEY}`,
    causes: [],
    match: true,
  },
  {
    name: "Stripe Basic with the key as user → a match",
    headers: [["authorization", `Basic ${Buffer.from(`${KEY}:`).toString("base64")}`]],
    providerId: "stripe",
    causes: [],
    match: true,
  },
  {
    name: "Gemini's ?key= query parameter → a match",
    headers: [],
    path: `/v1beta/models?key=${KEY}`,
    providerId: "gemini",
    causes: [],
    match: true,
  },
];

describe("compareCapture", () => {
  it.each(rows)("$name", async (row) => {
    const keyFingerprint = await fingerprintKey(row.pasted ?? KEY);
    const result = compareCapture(await capture(row.headers, row.path), {
      keyFingerprint,
      providerId: row.providerId,
    });
    const causes = result.verdicts.flatMap((v) => (v.kind === "cause" ? [v.causeId] : []));
    expect(causes).toEqual(row.causes);
    expect(result.verdicts.some((v) => v.kind === "match")).toBe(row.match ?? false);
    expect(result.evidence).toBeDefined();
    for (const v of result.verdicts) expect(v.detail).not.toContain(KEY.slice(8, 20));
  });

  it("turns a capture into the EchoEvidence the diagnosis rules read", async () => {
    const c = await capture([["authorization", `Bearer Bearer ${KEY}`]]);
    const { evidence } = compareCapture(c, { keyFingerprint: await fingerprintKey(KEY) });
    expect(evidence).toEqual({
      credential: {
        name: "authorization",
        location: "header",
        scheme: "Bearer",
        fingerprint: await fingerprintKey(`Bearer ${KEY}`),
        length: KEY.length + 7,
        findingKinds: ["scheme_prefix"],
      },
      headerNames: ["authorization"],
      method: "GET",
      path: "/v1/models",
    });
  });

  it("a key-like body value alone does not stand for the key: still proxy_strips_auth", async () => {
    const random = "Zx81kQp3TmVbN4cW9yLr2HsJ";
    const bytes = new TextEncoder().encode(JSON.stringify({ model: "x", seed: random }));
    const c = await analyzeRequest(
      {
        method: "POST",
        pathAndQuery: "/v1/chat/completions",
        headers: [["content-type", "application/json"]],
        body: { contentType: "application/json", size: bytes.byteLength, truncated: false, bytes },
      },
      { id: "b1", receivedAt: 1 },
    );
    expect(c.credentials).toHaveLength(1);
    const result = compareCapture(c, {
      keyFingerprint: await fingerprintKey(KEY),
      providerId: "openai",
    });
    expect(result.verdicts.map((v) => (v.kind === "cause" ? v.causeId : v.kind))).toEqual([
      "proxy_strips_auth",
    ]);
  });

  it("leaves CORS preflights out of the evidence", async () => {
    const preflight = await analyzeRequest(
      {
        method: "OPTIONS",
        pathAndQuery: "/v1/models",
        headers: [["access-control-request-method", "GET"]],
        body: null,
      },
      { id: "p1", receivedAt: 1 },
    );
    const real = await capture([["authorization", `Bearer ${KEY}`]]);
    const { comparisons, evidence } = compareCaptures([preflight, real], {
      keyFingerprint: await fingerprintKey(KEY),
      providerId: "openai",
    });
    expect(comparisons.map((c) => c.verdicts[0]?.kind)).toEqual(["info", "match"]);
    expect(evidence).toHaveLength(1);
    expect(evidence[0]?.credential?.name).toBe("authorization");
  });
});
