import { afterEach, describe, expect, it } from "vitest";
import { type Replay, startReplay } from "@/tests/corpus/replay-server";
import type { Case } from "@/tests/corpus/schema";
import { fixtureCase, GOOD } from "./fixtures";

/** The replay server answers each condition as tests/corpus/README.md says. */

let replay: Replay | undefined;
afterEach(async () => {
  await replay?.close();
  replay = undefined;
});

async function serve(c: Case): Promise<Replay> {
  replay = await startReplay(c);
  return replay;
}

async function get(r: Replay, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${r.origin}${path}`, { headers });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

describe("replay server", () => {
  it("answers noKey, ok and wrongKey by the credential where the server reads it", async () => {
    const r = await serve(fixtureCase());
    expect(await get(r, "/v1/things")).toMatchObject({ status: 401, body: '{"error":"missing"}' });
    expect(await get(r, "/v1/things", { authorization: `Bearer ${GOOD}` })).toMatchObject({
      status: 200,
      body: '{"ok":true}',
    });
    expect(await get(r, "/v1/things", { authorization: "Bearer nope" })).toMatchObject({
      status: 401,
      body: '{"error":"invalid"}',
    });
    // The right value under another scheme is not where this server reads: no credential.
    expect(await get(r, "/v1/things", { authorization: GOOD })).toMatchObject({ status: 401 });
    expect(await get(r, "/v1/things", { "x-api-key": GOOD })).toMatchObject({
      body: '{"error":"missing"}',
    });
    expect(r.answered()).toEqual(["noKey", "ok", "wrongKey", "noKey", "noKey"]);
  });

  it("sends the case's headers, a JSON content type for a JSON body, and a Date", async () => {
    const c = fixtureCase();
    c.server.answers.noKey = {
      status: 401,
      headers: { "www-authenticate": 'Bearer realm="x"', server: "kong/3.6.1" },
      body: '{"message":"No API key found in request"}',
      inferred: false,
    };
    const r = await serve(c);
    const answer = await get(r, "/anything");
    expect(answer.headers.get("www-authenticate")).toBe('Bearer realm="x"');
    expect(answer.headers.get("server")).toBe("kong/3.6.1");
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(answer.headers.get("date")).toMatch(/GMT$/);
  });

  it("falls back to noKey when wrongKey is absent", async () => {
    const c = fixtureCase();
    delete c.server.answers.wrongKey;
    const r = await serve(c);
    expect(await get(r, "/", { authorization: "Bearer nope" })).toMatchObject({
      body: '{"error":"missing"}',
    });
    expect(r.answered()).toEqual(["wrongKey"]);
  });

  it("answers asSent only to the user's own key placed the user's own way", async () => {
    const c = fixtureCase();
    c.server.answers.asSent = { status: 403, headers: {}, body: "scope", inferred: false };
    const r = await serve(c);
    const key = c.request.key;
    expect(await get(r, "/", { authorization: `Bearer ${key}` })).toMatchObject({ status: 403 });
    expect(await get(r, "/", { authorization: `Bearer ${key}x` })).toMatchObject({ status: 401 });
    expect(await get(r, `/?token=${key}`)).toMatchObject({ status: 401 });
    expect(r.answered()).toEqual(["asSent", "wrongKey", "noKey"]);
  });

  it("answers any to everything", async () => {
    const c = fixtureCase();
    c.server.answers.any = {
      status: 301,
      headers: { location: "https://api.example.com/v1/things" },
      body: "",
      inferred: false,
    };
    const r = await serve(c);
    const response = await fetch(`${r.origin}/v1/things`, {
      headers: { authorization: `Bearer ${GOOD}` },
      redirect: "manual",
    });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("https://api.example.com/v1/things");
  });

  it("reads query parameters and Basic halves", async () => {
    const c = fixtureCase();
    c.server.reads = [
      { in: "query", name: "apikey" },
      { in: "header", name: "authorization", scheme: "Basic", basicPart: "user" },
    ];
    const r = await serve(c);
    const basic = (pair: string) => `Basic ${Buffer.from(pair).toString("base64")}`;
    expect(await get(r, `/v1?apikey=${GOOD}`)).toMatchObject({ status: 200 });
    expect(await get(r, "/v1", { authorization: basic(`${GOOD}:`) })).toMatchObject({
      status: 200,
    });
    expect(await get(r, "/v1", { authorization: basic(`user:${GOOD}`) })).toMatchObject({
      status: 401,
    });
    c.server.reads = [{ in: "header", name: "authorization", scheme: "Basic" }];
    const password = await startReplay(c);
    try {
      expect(await get(password, "/v1", { authorization: basic(`user:${GOOD}`) })).toMatchObject({
        status: 200,
      });
      expect(await get(password, "/v1", { authorization: basic(`${GOOD}:`) })).toMatchObject({
        body: '{"error":"missing"}',
      });
    } finally {
      await password.close();
    }
  });

  it("reads nothing when reads is empty (a layer in front drops every credential)", async () => {
    const c = fixtureCase();
    c.server.reads = [];
    const r = await serve(c);
    expect(await get(r, "/", { authorization: `Bearer ${GOOD}` })).toMatchObject({ status: 401 });
    expect(r.answered()).toEqual(["noKey"]);
  });

  it("points an unreachable endpoint at a closed port or a server that never answers", async () => {
    const refused = await serve(
      fixtureCase({ server: { ...fixtureCase().server, unreachable: "refused" } }),
    );
    await expect(fetch(`${refused.origin}/`)).rejects.toThrow();
    await refused.close();

    const timeout = await serve(
      fixtureCase({ server: { ...fixtureCase().server, unreachable: "timeout" } }),
    );
    // It accepts the connection and never answers: only our own deadline ends the request.
    await expect(fetch(`${timeout.origin}/`, { signal: AbortSignal.timeout(300) })).rejects.toThrow(
      /abort|timeout/i,
    );
    expect(timeout.answered()).toEqual([]);
  });
});
