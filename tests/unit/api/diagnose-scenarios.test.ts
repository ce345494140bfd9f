import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprintKey } from "@/lib/inspect";
import { callDiagnose, type Json, setTestEnv } from "../../mock-upstream/route-client";
import {
  closedPortUrl,
  GOOD_KEY,
  type MockUpstream,
  startMockUpstream,
} from "../../mock-upstream/server";

let upstream: MockUpstream;

beforeAll(async () => {
  upstream = await startMockUpstream();
  setTestEnv({
    WHY401_ALLOW_PRIVATE_TARGETS: "1",
    WHY401_RATE_LIMIT_PER_MINUTE: "0",
    WHY401_ALLOWED_HOSTS: undefined,
  });
});
afterAll(async () => {
  await upstream.close();
});

const BAD_KEY = "sk-proj-Zq9wXv8uT7sR6pQ5oN4mL3kJ2iH1gF0eD9cB8aZyXwVuTs7Rq6Pp5Oo4";

function jwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${part({ alg: "RS256", typ: "JWT" })}.${part(claims)}.c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJl`;
}

const EXPIRED_JWT = jwt({
  sub: "user-1",
  iss: "https://issuer.example.com/",
  exp: Math.floor(Date.now() / 1000) - 3 * 86400,
  iat: Math.floor(Date.now() / 1000) - 4 * 86400,
});

interface Case {
  name: string;
  path: string;
  body?: Record<string, unknown>;
  top: string;
}

const CASES: Case[] = [
  {
    name: "OpenAI, a bad key",
    path: "/openai/v1/models",
    body: { provider: "openai", key: BAD_KEY },
    top: "key_rejected",
  },
  {
    name: "OpenAI, a good key with a trailing CRLF",
    path: "/openai/v1/models",
    body: { provider: "openai", key: `${GOOD_KEY}\r\n` },
    top: "key_whitespace",
  },
  {
    name: "OpenAI, a good key with a zero-width space",
    path: "/openai/v1/models",
    body: { provider: "openai", key: `${GOOD_KEY.slice(0, 30)}\u200b${GOOD_KEY.slice(30)}` },
    top: "key_whitespace",
  },
  {
    name: "OpenAI, a good key",
    path: "/openai/v1/models",
    body: { provider: "openai", key: GOOD_KEY },
    top: "credentials_work",
  },
  {
    name: "Anthropic, a bad key",
    path: "/anthropic/v1/models",
    body: { provider: "anthropic", key: `sk-ant-api03-${"a".repeat(93)}AA` },
    top: "key_rejected",
  },
  {
    name: "GitHub, bad credentials",
    path: "/github/user",
    body: { provider: "github", key: `ghp_${"A1b2C3d4E5".repeat(3)}abcdef` },
    top: "key_rejected",
  },
  {
    name: "Stripe, a bad key",
    path: "/stripe/v1/balance",
    body: { provider: "stripe", key: `sk_test_${"4eC39HqLyjWDarjtT1zdp7dc".repeat(2)}` },
    top: "key_rejected",
  },
  {
    name: "Slack, 200 ok:false",
    path: "/slack/api/auth.test",
    body: {
      provider: "slack",
      method: "POST",
      key: "xoxb-1234567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
    },
    top: "key_rejected",
  },
  {
    name: "Gemini, 400 API_KEY_INVALID",
    path: "/gemini/v1beta/models",
    body: { provider: "gemini", key: `AIzaSy${"B".repeat(33)}` },
    top: "key_rejected",
  },
  {
    name: "X-API-Key-only endpoint sent Bearer",
    path: "/x-api-key-only",
    body: { key: GOOD_KEY, auth: { placement: "bearer" } },
    top: "wrong_auth_header",
  },
  {
    name: "Kong key-auth",
    path: "/kong/v1/orders",
    body: { key: BAD_KEY },
    top: "gateway_rejected",
  },
  {
    name: "Envoy, an expired JWT",
    path: "/envoy/v1/things",
    body: { key: EXPIRED_JWT },
    top: "key_expired",
  },
  { name: "a good Bearer key", path: "/ok", body: { key: GOOD_KEY }, top: "credentials_work" },
  {
    name: "407 from a forward proxy",
    path: "/407",
    body: { key: BAD_KEY },
    top: "proxy_auth_required",
  },
  { name: "429", path: "/429", body: { key: BAD_KEY }, top: "rate_limited" },
  { name: "403 insufficient scope", path: "/403", body: { key: BAD_KEY }, top: "not_authorized" },
  {
    name: "a cross-origin redirect",
    path: "/redirect/cross-origin/v1/models",
    body: { key: BAD_KEY },
    top: "redirect_drops_auth",
  },
  {
    name: "AWS API Gateway",
    path: "/aws/prod/items",
    body: { key: BAD_KEY },
    top: "gateway_rejected",
  },
  {
    name: "nginx basic auth",
    path: "/nginx/private",
    body: { key: BAD_KEY },
    top: "gateway_rejected",
  },
  {
    name: "Azure APIM without a subscription key",
    path: "/azure-apim/echo",
    body: { key: BAD_KEY },
    top: "gateway_rejected",
  },
  {
    name: "Cloudflare Access login redirect",
    path: "/cf-access",
    body: { key: BAD_KEY },
    top: "gateway_rejected",
  },
];

describe("POST /api/diagnose against scripted upstreams", () => {
  it.each(CASES)("$name → $top", async ({ path, body, top }) => {
    const { status, json } = await callDiagnose({ endpoint: `${upstream.url}${path}`, ...body });
    expect(status, JSON.stringify(json)).toBe(200);
    const ids = json.causes.map((c: { id: string }) => c.id);
    expect(ids[0], `causes: ${ids.join(", ")}`).toBe(top);
    expect(json.verdict.causeId).toBe(top);
    expect(json.probes.length).toBeGreaterThanOrEqual(2);
    expect(json.probes.length).toBeLessThanOrEqual(8);
  });

  it("a trailing space most servers trim: the key works as sent, and the whitespace is still reported", async () => {
    // HTTP parsers strip trailing whitespace from header values, so the as-sent probe succeeds.
    const { json } = await callDiagnose({
      endpoint: `${upstream.url}/openai/v1/models`,
      provider: "openai",
      key: `${GOOD_KEY} `,
    });
    const ids = json.causes.map((c: { id: string }) => c.id);
    expect(ids[0]).toBe("credentials_work");
    expect(ids).toContain("key_whitespace");
  });

  it("environment evidence from the wizard: a different fingerprint in the running process → stale_environment", async () => {
    const { json } = await callDiagnose({
      endpoint: `${upstream.url}/openai/v1/models`,
      provider: "openai",
      key: GOOD_KEY,
      environment: {
        fingerprintCheck: { printed: "sha256:00000000", matches: true, source: "docker exec" },
      },
    });
    expect(json.causes[0].id).toBe("stale_environment");
  });

  it("the fingerprint check is decided from `printed` alone: a client's matches is ignored", async () => {
    const printed = await fingerprintKey(GOOD_KEY);
    // The client claims a mismatch; the server, which has the key, sees the same key.
    const { json } = await callDiagnose({
      endpoint: `${upstream.url}/openai/v1/models`,
      provider: "openai",
      key: GOOD_KEY,
      environment: { fingerprintCheck: { printed, matches: false } },
    });
    const ids = json.causes.map((c: { id: string }) => c.id);
    expect(ids).not.toContain("stale_environment");
    expect(json.ruledOut.map((r: { id: string }) => r.id)).toContain("stale_environment");
    // `matches` may be left out altogether.
    const { status } = await callDiagnose({
      key: GOOD_KEY,
      environment: { fingerprintCheck: { printed } },
    });
    expect(status).toBe(200);
  });

  it("a running app that holds the key without the pasted line break is not a stale environment", async () => {
    const printed = await fingerprintKey(GOOD_KEY);
    const { json } = await callDiagnose({
      endpoint: `${upstream.url}/openai/v1/models`,
      provider: "openai",
      key: `${GOOD_KEY}\n`,
      environment: { fingerprintCheck: { printed, source: "docker exec" } },
    });
    expect(json.version).toBe(2);
    expect(json.causes[0].id).toBe("key_whitespace");
    expect(json.causes[0].confirmed).toBe(true);
    expect(json.probes[json.causes[0].confirmedBy - 1].variant).toBe("cleaned");
    expect(json.causes.map((c: { id: string }) => c.id)).not.toContain("stale_environment");
    expect(JSON.stringify(json.ruledOut)).toContain(
      "Your app holds the key without the stray characters; they are only in what you pasted.",
    );
    expect(JSON.stringify(json)).not.toContain(GOOD_KEY);
  });

  it("environment evidence is validated strictly", async () => {
    const { status, json } = await callDiagnose({
      key: GOOD_KEY,
      environment: { fingerprintCheck: { printed: GOOD_KEY, matches: false } },
    });
    expect(status).toBe(400);
    expect(json.error.code).toBe("validation_failed");
    expect(JSON.stringify(json)).not.toContain("why401GoodKey");
  });

  it("a closed port → endpoint_unreachable", async () => {
    const { status, json } = await callDiagnose({ endpoint: await closedPortUrl(), key: BAD_KEY });
    expect(status).toBe(200);
    expect(json.causes[0].id).toBe("endpoint_unreachable");
    expect(
      json.probes.every(
        (p: Json) => p.outcome.kind === "error" && p.outcome.error.kind === "refused",
      ),
    ).toBe(true);
  });

  it("without an endpoint it inspects only, with no request sent", async () => {
    upstream.reset();
    const { status, json } = await callDiagnose({ key: ` ${BAD_KEY}\n` });
    expect(status).toBe(200);
    expect(json.target).toBeNull();
    expect(json.probes).toEqual([]);
    expect(json.causes[0].id).toBe("key_whitespace");
    expect(upstream.connections()).toBe(0);
  });

  it("an empty key is inspected, not refused", async () => {
    const { status, json } = await callDiagnose({ key: "" });
    expect(status).toBe(200);
    expect(json.key.findings.map((f: { kind: string }) => f.kind)).toContain("empty");
  });

  it("sends the probe set of docs/diagnosis.md to the endpoint's origin only", async () => {
    upstream.reset();
    const { json } = await callDiagnose({
      endpoint: `${upstream.url}/anthropic/v1/models`,
      provider: "anthropic",
      key: ` ${BAD_KEY}`,
    });
    const variants = json.probes.map((p: { variant: string }) => p.variant);
    expect(variants.slice(0, 3)).toEqual(["as-sent", "no-credential", "cleaned"]);
    expect(new Set(variants).size).toBe(variants.length);
    const requests = upstream.requests();
    expect(requests).toHaveLength(variants.length);
    for (const r of requests) {
      expect(r.path).toBe("/anthropic/v1/models");
      expect(r.headerNames).toContain("anthropic-version");
      expect(r.headerNames).toContain("user-agent");
    }
    expect(json.target).toEqual({
      origin: upstream.url,
      path: "/anthropic/v1/models",
      method: "GET",
    });
  });

  it("tryVariants: false sends only as-sent, no-credential and cleaned", async () => {
    const { json } = await callDiagnose({
      endpoint: `${upstream.url}/ok`,
      key: `${BAD_KEY} `,
      tryVariants: false,
    });
    expect(json.probes.map((p: { variant: string }) => p.variant)).toEqual([
      "as-sent",
      "no-credential",
      "cleaned",
    ]);
  });

  it("a key with a line break cannot be sent as a header: recorded as evidence", async () => {
    const { status, json } = await callDiagnose({
      endpoint: `${upstream.url}/ok`,
      key: `${GOOD_KEY.slice(0, 20)}\n${GOOD_KEY.slice(20)}`,
    });
    expect(status).toBe(200);
    const asSent = json.probes.find((p: { variant: string }) => p.variant === "as-sent");
    expect(asSent.outcome).toMatchObject({ kind: "error", error: { kind: "invalid_header" } });
    expect(json.causes[0].id).toBe("key_whitespace");
  });
});

describe("methods that are not safe to repeat", () => {
  it.each(["POST", "DELETE", "PATCH"])(
    "a %s is sent as-sent, without a credential and cleaned, never as variants",
    async (method) => {
      const res = await callDiagnose({
        endpoint: `${upstream.url}/openai/v1/models`,
        provider: "openai",
        method,
        key: `${BAD_KEY}\n`,
      });
      expect(res.status).toBe(200);
      const variants = res.json.probes.map((p: { variant: string }) => p.variant).sort();
      expect(variants).toEqual(["as-sent", "cleaned", "no-credential"]);
    },
  );

  it("a GET still tries the alternative placements", async () => {
    const res = await callDiagnose({
      endpoint: `${upstream.url}/openai/v1/models`,
      provider: "openai",
      key: BAD_KEY,
    });
    expect(res.json.probes.length).toBeGreaterThan(2);
  });
});
