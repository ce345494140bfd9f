import { lookup } from "node:dns/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDnsResolver } from "@/lib/probe/resolver";
import { callDiagnose, setTestEnv } from "../../mock-upstream/route-client";
import { startTestDns, type TestDns } from "../../support/dns-server";

/**
 * A name whose DNS never answers must not starve lookups for everyone: probes resolve
 * with their own timeout and tries (c-ares, no worker thread), through the servers in
 * WHY401_DNS_SERVERS (here a local DNS that answers good.test and never answers never.test).
 */
const KEY = "sk-proj-dnsNeverAnswers0123456789abcdefghijklmn";
let dns: TestDns;
let upstream: Server;
let port = 0;

beforeAll(async () => {
  dns = await startTestDns({ answers: { "good.test": "127.0.0.1" }, silent: ["never.test"] });
  upstream = createServer((_req, res) => {
    res.statusCode = 401;
    res.end('{"error":"bad key"}');
  });
  await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", r));
  port = (upstream.address() as AddressInfo).port;
  setTestEnv({
    WHY401_ALLOW_PRIVATE_TARGETS: "1",
    WHY401_RATE_LIMIT_PER_MINUTE: "0",
    WHY401_DNS_SERVERS: dns.server,
  });
});
afterAll(async () => {
  setTestEnv({ WHY401_DNS_SERVERS: undefined });
  await dns.close();
  await new Promise<void>((r) => upstream.close(() => r()));
});

describe("a DNS that never answers", () => {
  it("the resolver gives up on its own timeout, as a DNS failure", async () => {
    const resolve = createDnsResolver({ servers: [dns.server], timeoutMs: 200, tries: 2 });
    const started = performance.now();
    await expect(resolve("never.test")).rejects.toMatchObject({ code: "EAI_AGAIN" });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(dns.queries("never.test")).toBeGreaterThanOrEqual(2); // it really asked, and retried
    await expect(resolve("nope.test")).rejects.toMatchObject({ code: "ENOTFOUND" });
    expect(await resolve("good.test")).toEqual([{ address: "127.0.0.1", family: 4 }]);
  });

  it("six hanging diagnoses leave another one, and the system's threads, unharmed", async () => {
    const hanging = Array.from({ length: 6 }, () =>
      callDiagnose({ endpoint: "http://never.test/v1/models", key: KEY, tryVariants: false }),
    );
    // While those wait on DNS, the worker threads getaddrinfo needs are free...
    await new Promise((r) => setTimeout(r, 300));
    const started = performance.now();
    await lookup("localhost");
    expect(performance.now() - started).toBeLessThan(1_000);
    // ...and a diagnosis of a name that resolves gets its answers.
    const good = await callDiagnose({
      endpoint: `http://good.test:${port}/v1/models`,
      key: KEY,
      tryVariants: false,
    });
    expect(good.status).toBe(200);
    const asSent = good.json.probes.find((p: { variant: string }) => p.variant === "as-sent");
    expect(asSent.outcome).toMatchObject({ kind: "response", status: 401 });

    for (const result of await Promise.all(hanging)) {
      expect(result.status).toBe(200);
      const probe = result.json.probes[0];
      expect(probe.outcome.kind).toBe("error");
      expect(["dns", "timeout"]).toContain(probe.outcome.error.kind);
    }
  }, 60_000);
});
