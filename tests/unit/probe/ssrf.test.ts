import { request } from "undici";
import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import { getConfig } from "@/lib/config";
import { runDiagnosis, TARGET_NOT_ALLOWED_MESSAGE } from "@/lib/probe";
import { createGuardedAgent } from "@/lib/probe/agent";
import type { Resolver } from "@/lib/probe/resolver";
import {
  callDiagnose,
  guardedMockUpstreamPerFile,
  setTestEnv,
} from "../../mock-upstream/route-client";

/**
 * The bypass payloads listed in docs/security.md. The mock upstream listens on 127.0.0.1: every
 * payload that names the loopback (in whatever spelling) would reach it if the guard
 * failed, so "it saw zero connections" is the proof.
 */

const upstream = guardedMockUpstreamPerFile();
const KEY = "sk-proj-ssrfCanary0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH";
const quiet = () => {};

const SCHEMES = [
  "file:///etc/passwd",
  "gopher://127.0.0.1:6379/_x",
  "dict://127.0.0.1:11211/",
  "ftp://x",
  "data:,x",
  "javascript:alert(1)",
];
const HOSTS = [
  // loopback
  "127.0.0.1",
  "127.127.127.127",
  "127.1",
  "0",
  "0.0.0.0",
  "2130706433",
  "017700000001",
  "0x7f000001",
  "0x7f.0.0.1",
  "127.0.0.1.",
  "[::1]",
  "[::]",
  "[::ffff:127.0.0.1]",
  "[::ffff:7f00:1]",
  "[::127.0.0.1]",
  "[64:ff9b::7f00:1]",
  "[2002:7f00:1::]",
  "localhost",
  "localhost.",
  "foo.localhost",
  // metadata
  "169.254.169.254",
  "2852039166",
  "0xA9FEA9FE",
  "0251.0376.0251.0376",
  "[::ffff:a9fe:a9fe]",
  "[fd00:ec2::254]",
  "169.254.170.2",
  "100.100.100.200",
  "192.0.0.192",
  "168.63.129.16",
  "metadata.google.internal",
  "metadata",
  "instance-data",
  // private and special
  "10.0.0.1",
  "172.16.0.1",
  "192.168.1.1",
  "3232235521",
  "100.64.0.1",
  "198.18.0.1",
  "224.0.0.1",
  "255.255.255.255",
  "[fc00::1]",
  "[fe80::1]",
  "api.corp.internal",
];

function payloads(port: number): string[] {
  return [
    ...SCHEMES,
    ...HOSTS.map((h) => `http://${h}:${port}/ok`),
    ...HOSTS.slice(0, 6).map((h) => `https://${h}:${port}/ok`),
    `http://a.com@127.0.0.1:${port}/`,
    `http://user:pass@example.com/`,
  ];
}

describe("the target guard through the route", () => {
  it("refuses every payload with the same 400 and no connection", async () => {
    const list = payloads(upstream.port);
    expect(list.length).toBeGreaterThan(50);
    for (const endpoint of list) {
      const { status, json } = await callDiagnose({ endpoint, key: KEY });
      // Schemes zod refuses are validation errors; every URL it accepts but we refuse is the one message.
      if (status === 400 && json.error.code === "validation_failed") {
        expect(SCHEMES, endpoint).toContain(endpoint);
        continue;
      }
      expect({ endpoint, status, json }).toEqual({
        endpoint,
        status: 400,
        json: { error: { code: "target_not_allowed", message: TARGET_NOT_ALLOWED_MESSAGE } },
      });
    }
    expect(upstream.connections()).toBe(0);
  });

  it("the message names no address", () => {
    expect(TARGET_NOT_ALLOWED_MESSAGE).not.toMatch(/\d+\.\d+|::|localhost|internal/);
  });

  it("positive control: with private targets allowed the same server is reached", async () => {
    setTestEnv({ WHY401_ALLOW_PRIVATE_TARGETS: "1" });
    const { status } = await callDiagnose({
      endpoint: `http://127.0.0.1:${upstream.port}/ok`,
      key: KEY,
    });
    expect(status).toBe(200);
    expect(upstream.connections()).toBeGreaterThan(0);
  });

  it("cloud metadata stays refused even with private targets allowed", async () => {
    setTestEnv({ WHY401_ALLOW_PRIVATE_TARGETS: "1" });
    for (const host of [
      "169.254.169.254",
      "[fd00:ec2::254]",
      "100.100.100.200",
      "metadata.google.internal",
      "[::ffff:a9fe:a9fe]",
    ]) {
      const { json } = await callDiagnose({
        endpoint: `http://${host}/latest/meta-data/`,
        key: KEY,
      });
      expect(json.error?.code, host).toBe("target_not_allowed");
    }
  });

  it("the allow-list refuses any other host with the same message", async () => {
    setTestEnv({
      WHY401_ALLOW_PRIVATE_TARGETS: "1",
      WHY401_ALLOWED_HOSTS: "api.example.com,*.corp.example",
    });
    const { json } = await callDiagnose({
      endpoint: `http://127.0.0.1:${upstream.port}/ok`,
      key: KEY,
    });
    expect(json).toEqual({
      error: { code: "target_not_allowed", message: TARGET_NOT_ALLOWED_MESSAGE },
    });
    expect(upstream.connections()).toBe(0);
    setTestEnv({ WHY401_ALLOWED_HOSTS: `127.0.0.1:${upstream.port}` });
    const allowed = await callDiagnose({
      endpoint: `http://127.0.0.1:${upstream.port}/ok`,
      key: KEY,
    });
    expect(allowed.status).toBe(200);
  });

  it("redirects are evidence, never followed (even to metadata)", async () => {
    setTestEnv({ WHY401_ALLOW_PRIVATE_TARGETS: "1" });
    const { json } = await callDiagnose({
      endpoint: `http://127.0.0.1:${upstream.port}/redirect/internal`,
      key: KEY,
    });
    const requests = upstream.requests();
    expect(requests.length).toBe(json.probes.length);
    expect(requests.every((r) => r.path === "/redirect/internal")).toBe(true);
    const asSent = json.probes[0].outcome;
    expect(asSent.status).toBe(302);
    expect(asSent.redirect).toMatchObject({
      sameOrigin: false,
      location: "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
    });
  });
});

describe("DNS answers are judged at connect time", () => {
  const scripted = (...answers: string[][]): { resolve: Resolver; calls: () => number } => {
    let calls = 0;
    return {
      resolve: async () => {
        const list = answers[Math.min(calls, answers.length - 1)] ?? [];
        calls += 1;
        return list.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }) as const);
      },
      calls: () => calls,
    };
  };

  async function refused(run: Promise<unknown>) {
    const error = await run.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      code: "target_not_allowed",
      message: TARGET_NOT_ALLOWED_MESSAGE,
    });
  }

  it("a name answering [8.8.8.8, 127.0.0.1] is refused before any connection", async () => {
    const dns = scripted(["8.8.8.8", "127.0.0.1"]);
    await refused(
      runDiagnosis(
        { endpoint: `http://mixed.example:${upstream.port}/ok`, key: KEY },
        { config: getConfig(), resolve: dns.resolve, log: quiet },
      ),
    );
    expect(upstream.connections()).toBe(0);
  });

  it("a name that rebinds to loopback after the pre-check is refused at connect time", async () => {
    const dns = scripted(["93.184.216.34"], ["127.0.0.1"]);
    const probes: unknown[] = [];
    await refused(
      runDiagnosis(
        { endpoint: `http://rebind.example:${upstream.port}/ok`, key: KEY },
        { config: getConfig(), resolve: dns.resolve, log: quiet, onProbe: (p) => probes.push(p) },
      ),
    );
    expect(dns.calls()).toBeGreaterThan(1); // the connect step looked again
    expect(upstream.connections()).toBe(0);
    expect(probes).toEqual([]); // blocked probes are never streamed
  });

  it("the agent refuses IP literals and any bad answer itself; positive control reaches the server", async () => {
    const blockedAgent = createGuardedAgent({
      allowPrivate: false,
      connectTimeoutMs: 1000,
      headersTimeoutMs: 1000,
      bodyTimeoutMs: 1000,
      resolve: scripted(["127.0.0.1"]).resolve,
    });
    for (const url of [
      `http://127.0.0.1:${upstream.port}/ok`,
      `http://[::ffff:7f00:1]:${upstream.port}/ok`,
      `http://rebind.example:${upstream.port}/ok`,
    ]) {
      await expect(request(url, { dispatcher: blockedAgent })).rejects.toMatchObject({
        code: "WHY401_TARGET_BLOCKED",
      });
    }
    await blockedAgent.destroy();
    expect(upstream.connections()).toBe(0);

    const openAgent = createGuardedAgent({
      allowPrivate: true,
      connectTimeoutMs: 1000,
      headersTimeoutMs: 1000,
      bodyTimeoutMs: 1000,
      resolve: scripted(["127.0.0.1"]).resolve,
    });
    const response = await request(`http://named.example:${upstream.port}/ok`, {
      dispatcher: openAgent,
    });
    await response.body.text();
    expect(response.statusCode).toBe(401);
    await openAgent.destroy();
    expect(upstream.connections()).toBe(1);
  });
});
