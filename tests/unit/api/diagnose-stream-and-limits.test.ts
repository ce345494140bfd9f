import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { callDiagnose, setTestEnv } from "../../mock-upstream/route-client";
import { GOOD_KEY, type MockUpstream, startMockUpstream } from "../../mock-upstream/server";

let upstream: MockUpstream;
beforeAll(async () => {
  upstream = await startMockUpstream();
});
afterAll(async () => {
  await upstream.close();
});
beforeEach(() => {
  setTestEnv({
    WHY401_ALLOW_PRIVATE_TARGETS: "1",
    WHY401_RATE_LIMIT_PER_MINUTE: "0",
    WHY401_TRUST_PROXY: "0",
    WHY401_ALLOWED_HOSTS: undefined,
  });
});

const NDJSON = { accept: "application/x-ndjson" };

describe("NDJSON streaming", () => {
  it("streams one line per probe as it completes, then the report", async () => {
    const { status, headers, text } = await callDiagnose(
      { endpoint: `${upstream.url}/openai/v1/models`, provider: "openai", key: `${GOOD_KEY}\n` },
      NDJSON,
    );
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    expect(headers.get("cache-control")).toBe("no-store");
    const lines = text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const last = lines.pop();
    expect(last.type).toBe("report");
    expect(lines.length).toBe(last.report.probes.length);
    expect(lines.every((l) => l.type === "probe")).toBe(true);
    expect(new Set(lines.map((l) => l.probe.variant))).toEqual(
      new Set(last.report.probes.map((p: { variant: string }) => p.variant)),
    );
    expect(last.report.causes[0].id).toBe("key_whitespace");
  });

  it("the first probe line arrives before the slowest probe finishes", async () => {
    // /delay answers in 1.5 s; an invalid header (the key with a line break) fails at once.
    const { POST } = await import("@/app/api/diagnose/route");
    const response = await POST(
      new Request("http://why401.test/api/diagnose", {
        method: "POST",
        headers: { "content-type": "application/json", ...NDJSON },
        body: JSON.stringify({
          endpoint: `${upstream.url}/delay?ms=1500`,
          key: "sk-line\nbreak0123456789abcdef",
        }),
      }),
    );
    const reader = response.body!.getReader();
    const started = performance.now();
    const first = await reader.read();
    const firstAt = performance.now() - started;
    expect(new TextDecoder().decode(first.value)).toContain('"type":"probe"');
    expect(firstAt).toBeLessThan(1_000);
    while (!(await reader.read()).done) {
      // drain
    }
  });

  it("a refused target is still a plain 400, not a stream", async () => {
    setTestEnv({ WHY401_ALLOW_PRIVATE_TARGETS: "0" });
    const { status, json } = await callDiagnose(
      { endpoint: `${upstream.url}/ok`, key: GOOD_KEY },
      NDJSON,
    );
    expect(status).toBe(400);
    expect(json.error.code).toBe("target_not_allowed");
  });

  it("inspection only streams just the report", async () => {
    const { text } = await callDiagnose({ key: GOOD_KEY }, NDJSON);
    const lines = text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.type)).toEqual(["report"]);
  });
});

describe("rate limits", () => {
  it("per client: 429 with Retry-After after the limit, in the error shape", async () => {
    setTestEnv({ WHY401_RATE_LIMIT_PER_MINUTE: "3" });
    for (let i = 0; i < 3; i++) expect((await callDiagnose({ key: "x" })).status).toBe(200);
    const limited = await callDiagnose({ key: "x" });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(limited.json.error.code).toBe("rate_limited");
  });

  it("0 turns limiting off", async () => {
    setTestEnv({ WHY401_RATE_LIMIT_PER_MINUTE: "0" });
    for (let i = 0; i < 30; i++) expect((await callDiagnose({ key: "x" })).status).toBe(200);
  });

  it("X-Forwarded-For is ignored unless the proxy is trusted", async () => {
    setTestEnv({ WHY401_RATE_LIMIT_PER_MINUTE: "2" });
    const spoof = (ip: string) => callDiagnose({ key: "x" }, { "x-forwarded-for": ip });
    expect((await spoof("1.1.1.1")).status).toBe(200);
    expect((await spoof("2.2.2.2")).status).toBe(200);
    expect((await spoof("3.3.3.3")).status).toBe(429); // one shared bucket: inventing addresses does not help
  });

  it("with a trusted proxy, the right-most X-Forwarded-For entry is the client", async () => {
    setTestEnv({ WHY401_RATE_LIMIT_PER_MINUTE: "1", WHY401_TRUST_PROXY: "1" });
    expect(
      (await callDiagnose({ key: "x" }, { "x-forwarded-for": "9.9.9.9, 1.1.1.1" })).status,
    ).toBe(200);
    expect(
      (await callDiagnose({ key: "x" }, { "x-forwarded-for": "8.8.8.8, 1.1.1.1" })).status,
    ).toBe(429);
    expect(
      (await callDiagnose({ key: "x" }, { "x-forwarded-for": "1.1.1.1, 2.2.2.2" })).status,
    ).toBe(200);
  });

  it("per target host: a proportionate limit across clients", async () => {
    setTestEnv({ WHY401_RATE_LIMIT_PER_MINUTE: "1", WHY401_TRUST_PROXY: "1" });
    const statuses: number[] = [];
    for (let i = 1; i <= 6; i++) {
      const r = await callDiagnose(
        { endpoint: `${upstream.url}/ok`, key: GOOD_KEY, tryVariants: false },
        { "x-forwarded-for": `10.0.0.${i}` },
      );
      statuses.push(r.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});

describe("logging", () => {
  it("one JSON line per diagnosis: id, duration, probes, statuses, causes, host; nothing else", async () => {
    const writes: string[] = [];
    const spy = vi
      .spyOn(process.stdout, "write")
      .mockImplementation((chunk: string | Uint8Array) => {
        writes.push(String(chunk));
        return true;
      });
    const key = "sk-logCanary0123456789abcdefghijkl";
    try {
      await callDiagnose({
        endpoint: `${upstream.url}/openai/v1/models?secret=querycanary`,
        provider: "openai",
        key,
        headers: { "x-trace": "headercanary" },
      });
    } finally {
      spy.mockRestore();
    }
    const lines = writes.join("").trim().split("\n");
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? "{}");
    expect(Object.keys(line).sort()).toEqual([
      "causes",
      "durationMs",
      "event",
      "host",
      "id",
      "level",
      "outcome",
      "probes",
      "statuses",
    ]);
    expect(line).toMatchObject({
      event: "diagnosis",
      host: "127.0.0.1",
      outcome: "report",
      causes: expect.arrayContaining(["key_rejected"]),
    });
    expect(line.id).toMatch(/^[0-9a-f]{16}$/);
    expect(line.statuses).toHaveLength(line.probes);
    const raw = lines[0] ?? "";
    for (const secret of ["logCan", "querycanary", "headercanary", "/openai/v1"])
      expect(raw).not.toContain(secret);
  });
});
