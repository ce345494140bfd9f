import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { reportCurls } from "@/lib/report/curl-commands";
import { callDiagnose, type Json, openRouteToMockUpstream } from "../../mock-upstream/route-client";
import { GOOD_KEY, type MockUpstream } from "../../mock-upstream/server";

/**
 * The follow-up round through the real route: when the first round names a layer whose own
 * placements no request tried, up to four more requests try them, and a success there
 * proves the fix; when they cannot change the answer, none is sent.
 */

let upstream: MockUpstream;
beforeAll(async () => {
  upstream = await openRouteToMockUpstream();
});
afterAll(async () => {
  await upstream.close();
});
beforeEach(() => upstream.reset());

const BAD_KEY = "sk-proj-Zq9wXv8uT7sR6pQ5oN4mL3kJ2iH1gF0eD9cB8aZyXwVuTs7Rq6Pp5Oo4";

async function diagnose(body: Record<string, unknown>): Promise<Json> {
  const { status, json } = await callDiagnose(body);
  expect(status).toBe(200);
  return json;
}

const secondRound = (report: Json): Json[] => report.probes.filter((p: Json) => p.round === 2);
const descriptions = (probes: Json[]) => probes.map((p: Json) => p.description);

describe("the follow-up round proves the fix the layer names", () => {
  it("Kong key-auth: a key sent as Bearer works in the apikey header", async () => {
    const report = await diagnose({ endpoint: `${upstream.url}/kong/v1/orders`, key: GOOD_KEY });
    const follow = secondRound(report);
    expect(descriptions(follow)).toEqual(["apikey: <key>", "?apikey=<key> in the URL"]);
    expect(
      follow.every((p: Json) => p.followUp.kind === "layer" && p.followUp.layer === "kong"),
    ).toBe(true);
    // The first round's five requests and the two follow-ups reached the upstream, no more.
    expect(upstream.requests()).toHaveLength(7);
    const top = report.causes[0];
    expect(top.id).toBe("wrong_auth_header");
    expect(top.confirmed).toBe(true);
    const proof = report.probes[top.confirmedBy - 1];
    expect(proof.round).toBe(2);
    expect(proof.description).toBe("apikey: <key>");
    expect(top.evidence.join(" ")).toMatch(/Kong answered the first requests.*apikey/);
    const working = reportCurls(report).find((c) => c.kind === "working");
    expect(working?.request).toBe(top.confirmedBy);
    expect(working?.command).toMatch(/apikey: \$API_KEY/i);
  });

  it("Azure API Management: the subscription key header proves it", async () => {
    const report = await diagnose({
      endpoint: `${upstream.url}/azure-apim/orders`,
      key: GOOD_KEY,
    });
    expect(descriptions(secondRound(report))).toEqual([
      "Ocp-Apim-Subscription-Key: <key>",
      "?subscription-key=<key> in the URL",
    ]);
    const top = report.causes[0];
    expect(top.id).toBe("wrong_auth_header");
    expect(top.confirmed).toBe(true);
    expect(report.probes[top.confirmedBy - 1].description).toBe("Ocp-Apim-Subscription-Key: <key>");
    expect(report.ruledOut.map((r: Json) => r.id)).not.toContain("wrong_auth_header");
  });

  it("Google ESP: ?key= is tried after the first round's x-api-key (a bad key stays refused)", async () => {
    const report = await diagnose({
      endpoint: `${upstream.url}/google-esp/v1/shelves`,
      key: "AIzaSyD-not-a-real-key-0123456789abcdefg",
    });
    const follow = secondRound(report);
    expect(descriptions(follow)).toContain("?key=<key> in the URL");
    expect(follow.length).toBeLessThanOrEqual(4);
    // Nothing worked: nothing is confirmed, and the key is not blamed on its placement.
    expect(report.causes.some((c: Json) => c.confirmed)).toBe(false);
    expect(report.causes[0].id).not.toBe("wrong_auth_header");
  });

  it("an underscored header name: nginx drops it, the hyphen spelling arrives", async () => {
    const report = await diagnose({
      endpoint: `${upstream.url}/nginx-underscore/api/items`,
      key: GOOD_KEY,
      auth: { placement: "header", name: "api_token" },
    });
    const follow = secondRound(report);
    expect(follow[0]).toMatchObject({
      description: "api-token: <key>",
      followUp: { kind: "hyphen", from: "api_token" },
    });
    const top = report.causes[0];
    expect(top.id).toBe("wrong_auth_header");
    expect(top.confirmed).toBe(true);
    expect(report.probes[top.confirmedBy - 1].description).toBe("api-token: <key>");
    expect(top.evidence.join(" ")).toMatch(
      /api_token has an underscore.*drop such headers silently.*spelled api-token it arrived/,
    );
    expect(report.ruledOut.map((r: Json) => r.id)).not.toContain("wrong_auth_header");
  });
});

describe("the follow-up round is not sent when it cannot change the answer", () => {
  const cases: { name: string; body: Record<string, unknown>; requests: number }[] = [
    {
      name: "the key as sent already worked",
      body: {
        endpoint: "/kong/v1/orders",
        key: GOOD_KEY,
        auth: { placement: "header", name: "apikey" },
      },
      requests: 6,
    },
    {
      name: "the first round's X-API-Key already proved the fix (AWS API Gateway)",
      body: { endpoint: "/aws-api-key/prod/items", key: GOOD_KEY },
      requests: 5,
    },
    {
      name: "a POST (not safe to repeat)",
      body: { endpoint: "/kong/v1/orders", key: GOOD_KEY, method: "POST", body: "{}" },
      requests: 2,
    },
    {
      name: "the user asked for the key as sent only",
      body: { endpoint: "/kong/v1/orders", key: GOOD_KEY, tryVariants: false },
      requests: 2,
    },
    {
      name: "a rate limit",
      body: { endpoint: "/429", key: BAD_KEY },
      requests: 5,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const report = await diagnose({ ...c.body, endpoint: `${upstream.url}${c.body.endpoint}` });
      expect(secondRound(report)).toEqual([]);
      expect(report.probes.some((p: Json) => "followUp" in p)).toBe(false);
      expect(upstream.requests()).toHaveLength(c.requests);
    });
  }

  it("a layer whose placements the first round already tried (AWS: x-api-key) adds none", async () => {
    const report = await diagnose({
      endpoint: `${upstream.url}/aws-api-key/prod/items`,
      key: BAD_KEY,
    });
    expect(report.probes.map((p: Json) => p.description)).toContain("X-API-Key: <key>");
    expect(secondRound(report)).toEqual([]);
  });
  // The request schema refuses these names for the key (a proxy's credential, a cloud
  // metadata token): their hyphen spelling must not carry it either.
  for (const name of ["proxy_authorization", "x_aws_ec2_metadata_token", "metadata_flavor"]) {
    it(`an underscored name whose hyphen spelling may not carry the key (${name}) adds none`, async () => {
      const report = await diagnose({
        endpoint: `${upstream.url}/nginx-underscore/api/items`,
        key: GOOD_KEY,
        auth: { placement: "header", name },
      });
      const hyphen = name.replaceAll("_", "-");
      expect(report.probes.some((p: Json) => p.followUp?.kind === "hyphen")).toBe(false);
      expect(upstream.requests().some((r) => r.headerNames.includes(hyphen))).toBe(false);
    });
  }
});

describe("the follow-up round streams", () => {
  it("announces the round with its count, then streams its probes with round: 2", async () => {
    const { status, text } = await callDiagnose(
      { endpoint: `${upstream.url}/kong/v1/orders`, key: GOOD_KEY },
      { accept: "application/x-ndjson" },
    );
    expect(status).toBe(200);
    const lines = text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const types = lines.map((l) => l.type);
    const announce = types.indexOf("follow-up");
    expect(announce).toBe(5); // after the first round's five probe lines
    expect(lines[announce]).toEqual({ type: "follow-up", count: 2 });
    const after = lines.slice(announce + 1, -1);
    expect(after).toHaveLength(2);
    expect(after.every((l) => l.type === "probe" && l.round === 2 && l.probe.round === 2)).toBe(
      true,
    );
    // First-round lines keep their old shape: no round field.
    expect(lines.slice(0, announce).every((l) => l.type === "probe" && !("round" in l))).toBe(true);
    const report = lines.at(-1);
    expect(report.type).toBe("report");
    expect(report.report.probes).toHaveLength(7);
    expect(report.report.causes[0]).toMatchObject({ id: "wrong_auth_header", confirmed: true });
  });
});
