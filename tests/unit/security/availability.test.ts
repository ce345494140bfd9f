import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callDiagnose, setTestEnv } from "../../mock-upstream/route-client";

/**
 * Refused targets must not use up a real host's budget, and one instance runs at most
 * WHY401_MAX_CONCURRENT_DIAGNOSES diagnoses at once (503 with Retry-After past it).
 */
const KEY = "sk-proj-availability0123456789abcdefghijklmnop";
let server: Server;
let port = 0;
const held: ServerResponse[] = [];
let holding = false;
beforeAll(async () => {
  server = createServer((_req, res) => {
    if (holding) {
      held.push(res);
      return;
    }
    res.statusCode = 401;
    res.end("{}");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  for (const res of held) res.end();
  return new Promise<void>((r) => server.close(() => r()));
});

describe("the per-host limit", () => {
  it("counts only targets the guard accepted", async () => {
    setTestEnv({
      WHY401_ALLOW_PRIVATE_TARGETS: "1",
      WHY401_RATE_LIMIT_PER_MINUTE: "1", // 5 per minute per host
      WHY401_TRUST_PROXY: "1",
      WHY401_MAX_CONCURRENT_DIAGNOSES: undefined,
    });
    // Ten refused spellings of the host, from ten clients.
    for (let i = 1; i <= 10; i++) {
      const r = await callDiagnose(
        { endpoint: `http://x@127.0.0.1:${port}/`, key: KEY },
        { "x-forwarded-for": `10.1.0.${i}` },
      );
      expect(r.status).toBe(400);
    }
    // A real user of that host is not blocked.
    const real = await callDiagnose(
      { endpoint: `http://127.0.0.1:${port}/ok`, key: KEY, tryVariants: false },
      { "x-forwarded-for": "10.2.0.1" },
    );
    expect(real.status).toBe(200);
  });
});

describe("diagnoses in flight", () => {
  it("past the cap: 503 with Retry-After, and the slot comes back", async () => {
    setTestEnv({
      WHY401_ALLOW_PRIVATE_TARGETS: "1",
      WHY401_RATE_LIMIT_PER_MINUTE: "0",
      WHY401_TRUST_PROXY: undefined,
      WHY401_MAX_CONCURRENT_DIAGNOSES: "1",
    });
    holding = true;
    const first = callDiagnose({
      endpoint: `http://127.0.0.1:${port}/slow`,
      key: KEY,
      tryVariants: false,
    });
    while (held.length === 0) await new Promise((r) => setTimeout(r, 20));

    const busy = await callDiagnose({ endpoint: `http://127.0.0.1:${port}/x`, key: KEY });
    expect(busy.status).toBe(503);
    expect(busy.json.error.code).toBe("service_unavailable");
    expect(Number(busy.headers.get("retry-after"))).toBeGreaterThan(0);
    // Inspection only sends nothing and needs no slot.
    expect((await callDiagnose({ key: KEY })).status).toBe(200);

    holding = false;
    for (const res of held.splice(0)) {
      res.statusCode = 401;
      res.end("{}");
    }
    expect((await first).status).toBe(200);
    const after = await callDiagnose({
      endpoint: `http://127.0.0.1:${port}/x`,
      key: KEY,
      tryVariants: false,
    });
    expect(after.status).toBe(200);
  });
});
