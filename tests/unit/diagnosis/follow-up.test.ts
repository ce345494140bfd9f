import { describe, expect, it } from "vitest";
import type { ProbeResult } from "@/lib/diagnosis/evidence";
import { hyphenSpelling, MAX_FOLLOW_UP, planFollowUp } from "@/lib/diagnosis/follow-up";
import { getProvider, type ResolvedAuth } from "@/lib/providers";
import { buildEvidence, type ProbeSpec } from "./build-evidence";

/** The follow-up planner over first rounds built as the route builds them. */

const KEY = "k3y-9f2c7a1e5b8d4f60a3c9e7b1d5f2a8c4";
const BEARER: ResolvedAuth = { placement: "bearer" };
const JSON_CT = { "content-type": "application/json" };

const AWS_403 = {
  status: 403,
  headers: { ...JSON_CT, "x-amzn-errortype": "ForbiddenException", "x-amz-apigw-id": "Ab1=" },
  body: JSON.stringify({ message: "Forbidden" }),
};
const ESP_401 = {
  status: 401,
  headers: JSON_CT,
  body: JSON.stringify({
    code: 16,
    message: "Method doesn't allow unregistered callers (callers without established identity).",
  }),
};
const KONG_401 = {
  status: 401,
  headers: { ...JSON_CT, server: "kong/3.6.1", "www-authenticate": 'Key realm="kong"' },
  body: JSON.stringify({ message: "No API key found in request" }),
};
const OK = { status: 200, headers: JSON_CT, body: JSON.stringify({ items: [] }) };

async function firstRound(
  probes: ProbeSpec[],
  asSent: ResolvedAuth = BEARER,
): Promise<ProbeResult[]> {
  const auth = { placement: asSent.placement, name: "name" in asSent ? asSent.name : undefined };
  return (await buildEvidence({ key: KEY, auth, url: "https://api.example.com/v1", probes }))
    .probes;
}

const plan = (probes: ProbeResult[], asSent: ResolvedAuth = BEARER, extra = {}) =>
  planFollowUp({ probes, asSent, method: "GET", tryVariants: true, ...extra });

describe("planFollowUp: the layer's own placements", () => {
  it("AWS API Gateway: x-api-key, when the first round did not try it", async () => {
    const probes = await firstRound([
      { variant: "as-sent", ...AWS_403 },
      { variant: "no-credential", ...AWS_403 },
    ]);
    expect(plan(probes)).toEqual([
      {
        auth: { placement: "header", name: "x-api-key" },
        reason: { kind: "layer", layer: "aws-api-gateway" },
      },
    ]);
  });

  it("Google ESP: x-api-key and ?key= (Bearer was the key as sent)", async () => {
    const probes = await firstRound([
      { variant: "as-sent", ...ESP_401 },
      { variant: "no-credential", ...ESP_401 },
    ]);
    expect(plan(probes).map((p) => p.auth)).toEqual([
      { placement: "header", name: "x-api-key" },
      { placement: "query", name: "key" },
    ]);
  });

  it("the hyphen spelling of an underscored header comes first", async () => {
    const asSent: ResolvedAuth = { placement: "header", name: "x_api_key" };
    const probes = await firstRound(
      [
        { variant: "as-sent", ...KONG_401 },
        { variant: "no-credential", ...KONG_401 },
      ],
      asSent,
    );
    expect(plan(probes, asSent)).toEqual([
      {
        auth: { placement: "header", name: "x-api-key" },
        reason: { kind: "hyphen", from: "x_api_key" },
      },
      { auth: { placement: "header", name: "apikey" }, reason: { kind: "layer", layer: "kong" } },
      { auth: { placement: "query", name: "apikey" }, reason: { kind: "layer", layer: "kong" } },
    ]);
    expect(hyphenSpelling({ placement: "query", name: "api_key" })).toBeUndefined();
    expect(hyphenSpelling({ placement: "header", name: "apikey" })).toBeUndefined();
    // A spelling the key may never go in (a proxy's credential, a metadata header).
    expect(hyphenSpelling({ placement: "header", name: "Proxy_Authorization" })).toBeUndefined();
    expect(hyphenSpelling({ placement: "header", name: "metadata_flavor" })).toBeUndefined();
  });

  it("a provider's own placement the first round's cap left out", async () => {
    // Gemini reads x-goog-api-key and ?key=: a first round without them leaves them to the follow-up.
    const probes = await firstRound([
      { variant: "as-sent", status: 401, headers: JSON_CT, body: '{"error":"unauthorized"}' },
      { variant: "no-credential", status: 401, headers: JSON_CT, body: '{"error":"unauthorized"}' },
    ]);
    const gemini = getProvider("gemini");
    const planned = plan(probes, BEARER, { provider: gemini });
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.every((p) => p.reason.kind === "provider")).toBe(true);
    expect(planned.map((p) => p.auth)).toContainEqual(gemini.auth);
  });

  it("never more than four, and never a placement already tried", async () => {
    const asSent: ResolvedAuth = { placement: "header", name: "my_key" };
    const probes = await firstRound(
      [
        { variant: "as-sent", ...KONG_401 },
        { variant: "no-credential", ...KONG_401 },
        { variant: "as-sent", ...ESP_401 },
        {
          variant: "provider",
          ...KONG_401,
          auth: { placement: "header", name: "apikey" },
        },
        { variant: "bearer", ...AWS_403, auth: BEARER },
      ],
      asSent,
    );
    const planned = plan(probes, asSent, { provider: getProvider("gemini") });
    expect(planned.length).toBe(MAX_FOLLOW_UP);
    expect(planned.map((p) => p.auth)).not.toContainEqual({ placement: "header", name: "apikey" });
  });
});

describe("planFollowUp: nothing when it cannot change the answer", () => {
  it("the key as sent worked", async () => {
    const probes = await firstRound([
      { variant: "as-sent", ...OK },
      { variant: "no-credential", ...KONG_401 },
    ]);
    expect(plan(probes)).toEqual([]);
  });

  it("another placement already proved the fix", async () => {
    const probes = await firstRound([
      { variant: "as-sent", ...KONG_401 },
      { variant: "no-credential", ...KONG_401 },
      { variant: "x-api-key", ...OK, auth: { placement: "header", name: "X-API-Key" } },
    ]);
    expect(plan(probes)).toEqual([]);
  });

  it("an open endpoint refused the key (read where it was sent)", async () => {
    const probes = await firstRound([
      { variant: "as-sent", ...KONG_401 },
      { variant: "no-credential", ...OK },
    ]);
    expect(plan(probes)).toEqual([]);
  });

  it("a layer only guessed at: its header placement, never its query one (a URL lands in logs)", async () => {
    const probes = await firstRound([
      { variant: "as-sent", ...KONG_401 },
      { variant: "no-credential", ...KONG_401 },
    ]);
    const guessed = probes.map((p) =>
      p.outcome.kind === "response"
        ? { ...p, outcome: { ...p.outcome, layer: { ...p.outcome.layer, confidence: 0.5 } } }
        : p,
    );
    expect(plan(guessed)).toEqual([
      { auth: { placement: "header", name: "apikey" }, reason: { kind: "layer", layer: "kong" } },
    ]);
  });

  it("a rate limit", async () => {
    const probes = await firstRound([
      {
        variant: "as-sent",
        status: 429,
        headers: { ...JSON_CT, server: "kong/3.6.1" },
        body: "{}",
      },
      { variant: "no-credential", ...KONG_401 },
    ]);
    expect(plan(probes)).toEqual([]);
  });

  it("a key that could not be sent as pasted: the cleaned key's answer stands for it", async () => {
    const probes = await firstRound([
      { variant: "as-sent", error: { kind: "invalid_header", message: "Invalid character" } },
      { variant: "no-credential", ...KONG_401 },
      { variant: "cleaned", ...KONG_401 },
    ]);
    expect(plan(probes).map((p) => p.reason)).toEqual([
      { kind: "layer", layer: "kong" },
      { kind: "layer", layer: "kong" },
    ]);
    const worked = await firstRound([
      { variant: "as-sent", error: { kind: "invalid_header", message: "Invalid character" } },
      { variant: "no-credential", ...KONG_401 },
      { variant: "cleaned", ...OK },
    ]);
    expect(plan(worked)).toEqual([]);
  });

  it("no answer to the key as sent", async () => {
    const probes = await firstRound([
      { variant: "as-sent", error: { kind: "refused", message: "ECONNREFUSED" } },
      { variant: "no-credential", ...KONG_401 },
    ]);
    expect(plan(probes)).toEqual([]);
  });

  it("a method not safe to repeat, or variants turned off", async () => {
    const probes = await firstRound([
      { variant: "as-sent", ...KONG_401 },
      { variant: "no-credential", ...KONG_401 },
    ]);
    expect(plan(probes)).not.toEqual([]); // the positive control
    expect(plan(probes, BEARER, { method: "POST" })).toEqual([]);
    expect(plan(probes, BEARER, { method: "delete" })).toEqual([]);
    expect(plan(probes, BEARER, { tryVariants: false })).toEqual([]);
  });

  it("a layer with no placements of its own and no provider (nothing to try)", async () => {
    const plain = { status: 401, headers: JSON_CT, body: '{"error":"unauthorized"}' };
    const probes = await firstRound([
      { variant: "as-sent", ...plain },
      { variant: "no-credential", ...plain },
    ]);
    expect(plan(probes)).toEqual([]);
  });
});
