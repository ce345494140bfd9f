import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { type AppServer, startAppServer } from "../support/app-server";

/**
 * /api/diagnose under load against a real local upstream, on a production
 * build. 50 connections for 20 s: no errors, bounded memory, p99 recorded; and with
 * rate limits on, the limiter holds.
 */
const run = promisify(execFile);

let upstream: Server;
let upstreamUrl: string;

test.beforeAll(async () => {
  upstream = createServer((req, res) => {
    const ok = req.headers.authorization === "Bearer sk-load-good-key-0123456789";
    res.writeHead(ok ? 200 : 401, {
      "content-type": "application/json",
      "www-authenticate": "Bearer",
    });
    res.end(
      ok
        ? '{"data":[]}'
        : '{"error":{"message":"Incorrect API key provided","code":"invalid_api_key"}}',
    );
  });
  upstream.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", r));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v1/models`;
});

test.afterAll(async () => {
  await new Promise((r) => upstream.close(r));
});

test.describe.configure({ mode: "serial" });

// biome-ignore lint/correctness/noEmptyPattern: Playwright needs the fixtures pattern
test("50 connections for 20 s: zero errors, bounded memory, p99 recorded", async ({}, testInfo) => {
  test.setTimeout(120_000);
  const app: AppServer = await startAppServer({
    WHY401_ALLOW_PRIVATE_TARGETS: "1",
    WHY401_RATE_LIMIT_PER_MINUTE: "0",
    WHY401_DATA_DIR: testInfo.outputPath("data"),
  });
  try {
    const body = JSON.stringify({ endpoint: upstreamUrl, key: "sk-load-bad-key-9876543210 " });
    // Warm up the route (first compile of the handler, connection pools).
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${app.url}/api/diagnose`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      expect(res.status).toBe(200);
    }
    const baseline = app.rss();
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(app.rss()), 1000);
    const { stdout } = await run(
      process.execPath,
      [
        require.resolve("autocannon/autocannon.js"),
        "-c",
        "50",
        "-d",
        "20",
        "-m",
        "POST",
        "-H",
        "content-type=application/json",
        "-b",
        body,
        "--json",
        `${app.url}/api/diagnose`,
      ],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    clearInterval(sampler);
    const result = JSON.parse(stdout);
    const peak = Math.max(baseline, ...samples);
    const summary = {
      requests: result.requests.total,
      perSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      baselineRssMb: Math.round(baseline / 2 ** 20),
      peakRssMb: Math.round(peak / 2 ** 20),
    };
    await testInfo.attach("load-summary.json", { body: JSON.stringify(summary, null, 2) });
    console.log(`load: ${JSON.stringify(summary)}`);
    expect(result.requests.total).toBeGreaterThan(200);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result.non2xx).toBe(0);
    // Bounded: under load the server may grow, but not without limit.
    expect(peak).toBeLessThan(Math.max(baseline * 3, baseline + 400 * 2 ** 20));
  } finally {
    await app.stop();
  }
});

// biome-ignore lint/correctness/noEmptyPattern: Playwright needs the fixtures pattern
test("with rate limits on, the limiter holds under a burst", async ({}, testInfo) => {
  test.setTimeout(60_000);
  const app = await startAppServer({
    WHY401_ALLOW_PRIVATE_TARGETS: "1",
    WHY401_RATE_LIMIT_PER_MINUTE: "20",
    WHY401_DATA_DIR: testInfo.outputPath("data"),
  });
  try {
    const body = JSON.stringify({ endpoint: upstreamUrl, key: "sk-load-bad-key-9876543210" });
    const responses = await Promise.all(
      Array.from({ length: 60 }, () =>
        fetch(`${app.url}/api/diagnose`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40);
    const limited = responses.find((r) => r.status === 429)!;
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toEqual({
      error: { code: "rate_limited", message: expect.any(String) },
    });
  } finally {
    await app.stop();
  }
});
