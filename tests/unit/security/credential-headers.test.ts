import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callDiagnose, setTestEnv } from "../../mock-upstream/route-client";

/**
 * The no-credential probe is the baseline every comparison rests on: an extra header that
 * carries a credential would ride along on it. Such headers get a 400 before anything is sent.
 */
const KEY = "sk-ant-api03-credentialHeaders0123456789abcdefghij";
const seen: IncomingHttpHeaders[] = [];
let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    res.statusCode = 401;
    res.end('{"error":"no"}');
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  setTestEnv({ WHY401_ALLOW_PRIVATE_TARGETS: "1", WHY401_RATE_LIMIT_PER_MINUTE: "0" });
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("extra headers that carry a credential", () => {
  it.each([
    ["Authorization with a query placement", { placement: "query", name: "key" }, "Authorization"],
    ["authorization with the default placement", undefined, "authorization"],
    ["a Cookie", { placement: "bearer" }, "Cookie"],
    ["the provider's own header under auto", undefined, "X-Api-Key", "anthropic"],
    ["the placement's header", { placement: "header", name: "X-Token" }, "x-token"],
  ])("%s → 400, nothing sent", async (_name, auth, header, provider?: string) => {
    const before = seen.length;
    const { status, json, text } = await callDiagnose({
      endpoint: `${base}/v1/models`,
      key: KEY,
      ...(auth ? { auth } : {}),
      ...(provider ? { provider } : {}),
      headers: { [header]: "Bearer some-other-secret-value" },
    });
    expect(status).toBe(400);
    expect(json.error.code).toBe("validation_failed");
    expect(json.error.message).toMatch(/credential|carries the key/);
    expect(text).not.toContain("some-other-secret-value");
    expect(seen.length).toBe(before);
  });

  it("other extra headers still go out, and the baseline carries no credential", async () => {
    const before = seen.length;
    const { status, json } = await callDiagnose({
      endpoint: `${base}/v1/models`,
      key: KEY,
      provider: "anthropic",
      headers: { "anthropic-beta": "x" },
    });
    expect(status).toBe(200);
    expect(json.probes.length).toBeGreaterThan(1);
    const sent = seen.slice(before);
    expect(sent.every((h) => h["anthropic-beta"] === "x")).toBe(true);
    expect(
      sent.some((h) => !h.authorization && !h["x-api-key"] && !h.cookie),
      "a probe without any credential",
    ).toBe(true);
  });
});
