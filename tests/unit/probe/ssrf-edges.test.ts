import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { EnvHttpProxyAgent, getGlobalDispatcher, setGlobalDispatcher } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getConfig } from "@/lib/config";
import { runDiagnosis } from "@/lib/probe";
import { isRefusedLiteral } from "@/lib/probe/agent";
import type { Resolver } from "@/lib/probe/resolver";
import { checkTarget } from "@/lib/probe/target-guard";
import {
  callDiagnose,
  guardedMockUpstreamPerFile,
  setTestEnv,
} from "../../mock-upstream/route-client";

/**
 * Spellings beyond the list in docs/security.md, each aimed at the loopback server: all must be
 * refused with a 400 and no TCP connection. Plus the connect-time literal check, ports,
 * the allow-list's `*.` patterns, and proxy variables that must not steer the probes.
 */

const upstream = guardedMockUpstreamPerFile();
const KEY = "sk-proj-ssrfEdges0123456789abcdefghijklmnopqrstuvwxyzABCD";

const HOSTS = [
  "%31%32%37.0.0.1", // percent-encoded
  "１２７.０.０.１", // full-width digits (IDNA maps them)
  "0X7F000001", // upper-case hex
  "0X7F.0X0.0X0.0X1",
  "127.0.0.1..", // two trailing dots
  "LOCALHOST",
  "LocalHost.",
  "ⓛⓞⓒⓐⓛⓗⓞⓢⓣ", // IDNA maps to "localhost"
  "xn--localhost-",
  "[::ffff:0:0]",
  "[::ffff:0.0.0.0]",
  "[0:0:0:0:0:ffff:127.0.0.1]",
  "[0:0:0:0:0:0:0:1]",
  "[::ffff:127.1]",
  "[::1%25lo]", // zone id
  "[fe80::1%25eth0]",
  "[::ffff:100.64.0.1]",
  "[2001:db8::1]",
  "[fec0::1]",
  "[ff02::1]",
];

describe("more address spellings", () => {
  it("each is refused with a 400 and no connection", async () => {
    for (const host of HOSTS) {
      const { status, json } = await callDiagnose({
        endpoint: `http://${host}:${upstream.port}/ok`,
        key: KEY,
      });
      expect({ host, status }).toEqual({ host, status: 400 });
      expect(["target_not_allowed", "validation_failed"]).toContain(json.error.code);
    }
    expect(upstream.connections()).toBe(0);
  });

  it("port 0 is refused even with private targets allowed; port 65536 is not a URL", async () => {
    setTestEnv({ WHY401_ALLOW_PRIVATE_TARGETS: "1" });
    expect(checkTarget("http://example.com:0/", { allowPrivate: false }).ok).toBe(false);
    expect(checkTarget("http://example.com:65536/", { allowPrivate: false }).ok).toBe(false);
    const { status, json } = await callDiagnose({ endpoint: "http://127.0.0.1:0/ok", key: KEY });
    expect(status).toBe(400);
    expect(json.error.code).toBe("target_not_allowed");
  });

  it("the connect step treats whatever Node calls an IP literal as one", () => {
    for (const host of [
      "127.0.0.1",
      "[::1]",
      "::1",
      "0.0.0.0",
      "::",
      "::ffff:127.0.0.1",
      "fe80::1%eth0",
      "[fe80::1%25eth0]",
      "169.254.169.254",
    ]) {
      expect(isRefusedLiteral(host, false), host).toBe(true);
    }
    expect(isRefusedLiteral("fe80::1%eth0", true)).toBe(true); // link-local: never
    expect(isRefusedLiteral("8.8.8.8", false)).toBe(false);
    expect(isRefusedLiteral("[2606:4700::1111]", false)).toBe(false);
    expect(isRefusedLiteral("example.com", false)).toBe(false); // a name: lookup judges it
  });
});

describe("the allow-list", () => {
  it("a *. pattern matches subdomains only, not look-alike names", () => {
    const policy = { allowPrivate: false, allowedHosts: ["*.example.com", "api.example.org"] };
    for (const host of [
      "evil-example.com",
      "example.com",
      "example.com.evil.net",
      "xexample.com",
      "api.example.org.evil.net",
      "evilapi.example.org",
    ]) {
      expect(checkTarget(`https://${host}/`, policy).ok, host).toBe(false);
    }
    for (const host of ["a.example.com", "A.B.EXAMPLE.COM", "a.example.com.", "api.example.org"]) {
      expect(checkTarget(`https://${host}/`, policy).ok, host).toBe(true);
    }
  });

  it("a Host header cannot point an allowed probe elsewhere", async () => {
    setTestEnv({ WHY401_ALLOW_PRIVATE_TARGETS: "1", WHY401_ALLOWED_HOSTS: "api.example.com" });
    for (const headers of [{ Host: "api.example.com" }, { host: "127.0.0.1" }]) {
      const { status } = await callDiagnose({
        endpoint: `http://127.0.0.1:${upstream.port}/ok`,
        key: KEY,
        headers,
      });
      expect(status).toBe(400);
    }
    expect(upstream.connections()).toBe(0);
  });
});

describe("proxy variables", () => {
  let proxy: Server;
  let proxyConnections = 0;
  const saved: Record<string, string | undefined> = {};
  const NAMES = ["HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "NO_PROXY", "no_proxy"];
  const dispatcher = getGlobalDispatcher();

  beforeAll(async () => {
    proxy = createServer((_req, res) => res.writeHead(502).end());
    proxy.on("connection", () => {
      proxyConnections += 1;
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    for (const name of NAMES) saved[name] = process.env[name];
    for (const name of NAMES.slice(0, 4)) process.env[name] = url;
    delete process.env.NO_PROXY;
    delete process.env.no_proxy;
    // As if something in the process had opted into env proxies for every undici call.
    setGlobalDispatcher(new EnvHttpProxyAgent());
  });
  afterAll(async () => {
    setGlobalDispatcher(dispatcher);
    for (const name of NAMES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
  });

  it("are not honoured: probes go straight to the target through the guarded agent", async () => {
    setTestEnv({ WHY401_ALLOW_PRIVATE_TARGETS: "1" });
    const { status, json } = await callDiagnose({ endpoint: `${upstream.url}/ok`, key: KEY });
    expect(status).toBe(200);
    expect(json.probes[0].outcome.status).toBe(401); // the mock upstream, not the proxy's 502
    expect(upstream.connections()).toBeGreaterThan(0);
    expect(proxyConnections).toBe(0);
  });
});

describe("a DNS that never answers", () => {
  it("costs one lookup per diagnosis and a report within the deadlines", async () => {
    let calls = 0;
    const resolve: Resolver = () => {
      calls += 1;
      return new Promise(() => {}); // a black-holed name server
    };
    const started = performance.now();
    const report = await runDiagnosis(
      { endpoint: "http://blackhole.example/v1/models", key: KEY },
      {
        config: getConfig(),
        resolve,
        log: () => {},
        deadlines: { connectMs: 300, headersMs: 300, bodyMs: 300, probeMs: 600, runMs: 1_500 },
      },
    );
    expect(performance.now() - started).toBeLessThan(2_500);
    expect(calls).toBe(1); // the pre-check and every probe's connection share it
    expect(report.probes.length).toBeGreaterThan(1);
    expect(report.probes.every((p) => p.outcome.kind === "error")).toBe(true);
  });
});
