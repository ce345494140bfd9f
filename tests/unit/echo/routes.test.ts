import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { resetConfigForTests } from "@/lib/config";
import { echoCaptureListSchema, echoSessionCreatedSchema } from "@/lib/echo/capture-schema";
import { compareCaptures } from "@/lib/echo/compare";
import { fingerprintKey } from "@/lib/inspect";
import { getStore } from "@/lib/store";
import { closeStore } from "../../support/store";
import { type StripProxy, startStripProxy } from "../../support/strip-proxy";
import { canaryKey, leakedFragments } from "./canary";
import { type RouteServer, startRouteServer } from "./route-server";

/**
 * The echo routes end to end without a Next build: the real route handlers behind a
 * small node:http adapter, a real SQLite store in a temp WHY401_DATA_DIR, a real
 * forwarding proxy that strips Authorization, and a real child process with another key.
 */

const KEY = canaryKey();
const OTHER = canaryKey();
const dataDir = mkdtempSync(join(tmpdir(), "why401-echo-"));
const output: string[] = [];
let server: RouteServer;
let proxy: StripProxy;

beforeAll(async () => {
  process.env.WHY401_DATA_DIR = dataDir;
  process.env.WHY401_RATE_LIMIT_PER_MINUTE = "1000";
  delete process.env.DATABASE_URL;
  delete process.env.WHY401_TRUST_PROXY;
  resetConfigForTests();
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      output.push(args.map(String).join(" "));
    });
  }
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    vi.spyOn(stream, "write").mockImplementation(((chunk: unknown, ...rest: unknown[]) => {
      output.push(String(chunk));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write);
  }
  server = await startRouteServer();
  proxy = await startStripProxy({ target: server.url });
});

afterAll(async () => {
  await proxy?.close();
  await server?.close();
  await closeStore();
  vi.restoreAllMocks();
  rmSync(dataDir, { recursive: true, force: true });
});

async function createSession(headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/api/echo`, { method: "POST", headers });
  expect(res.status).toBe(201);
  expect(res.headers.get("cache-control")).toBe("no-store");
  return echoSessionCreatedSchema.parse(await res.json());
}

async function listCaptures(url: string) {
  const res = await fetch(`${url}captures`);
  expect(res.status).toBe(200);
  expect(res.headers.get("cache-control")).toBe("no-store");
  const text = await res.text();
  expect(leakedFragments(text, KEY)).toEqual([]);
  expect(leakedFragments(text, OTHER)).toEqual([]);
  return echoCaptureListSchema.parse(JSON.parse(text));
}

async function expectError(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("cache-control")).toBe("no-store");
  expect(await res.json()).toEqual({ error: { code, message: expect.any(String) } });
}

describe("POST /api/echo", () => {
  it("creates a capture URL with a 128-bit id that lives 15 minutes", async () => {
    const before = Date.now();
    const created = await createSession();
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.url).toBe(`${server.url}/api/echo/${created.id}/`);
    const expires = Date.parse(created.expiresAt);
    expect(expires).toBeGreaterThanOrEqual(before + 15 * 60_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 15 * 60_000);
    const other = await createSession();
    expect(other.id).not.toBe(created.id);
  });

  it("does not believe X-Forwarded-Host without WHY401_TRUST_PROXY", async () => {
    const created = await createSession({
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    });
    expect(created.url.startsWith(`${server.url}/`)).toBe(true);
  });
});

describe("capture → list", () => {
  it("records a request's method, redacted path, header names and credential facts", async () => {
    const { url } = await createSession();
    const res = await fetch(`${url}v1/chat/completions?api-version=2024-02-01`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${KEY}`,
        "content-type": "application/json",
        "x-stainless-lang": "js",
      },
      body: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const answer = await res.json();
    expect(answer).toEqual({
      captured: true,
      id: expect.any(String),
      note: "why401 echo check: this request was recorded without its credential values",
    });

    const list = await listCaptures(url);
    expect(list.captures).toHaveLength(1);
    const capture = list.captures[0]!;
    expect(capture).toMatchObject({
      id: answer.id,
      method: "POST",
      path: "/v1/chat/completions?api-version=<redacted>",
      body: { contentType: "application/json", truncated: false },
      preflight: false,
    });
    expect(capture.headerNames).toEqual(
      expect.arrayContaining(["authorization", "content-type", "x-stainless-lang"]),
    );
    expect(capture.credentials).toEqual([
      expect.objectContaining({
        name: "authorization",
        location: "header",
        scheme: "Bearer",
        fingerprint: await fingerprintKey(KEY),
        length: KEY.length,
        findingKinds: [],
      }),
    ]);
    const { comparisons } = compareCaptures(list.captures, {
      keyFingerprint: await fingerprintKey(KEY),
      providerId: "openai",
    });
    expect(comparisons[0]?.verdicts[0]).toMatchObject({ kind: "match" });
  });

  it("records every method, and a Basic, query and body credential", async () => {
    const { url } = await createSession();
    const basic = Buffer.from(`api:${KEY}`).toString("base64");
    for (const method of ["GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]) {
      const res = await fetch(`${url}things/1?key=${KEY}`, {
        method,
        headers: { authorization: `Basic ${basic}` },
      });
      expect(res.status, method).toBe(200);
    }
    const res = await fetch(`${url}form`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `token=${KEY}`,
    });
    expect(res.status).toBe(200);
    const list = await listCaptures(url);
    expect(list.captures.map((c) => c.method)).toEqual([
      "GET",
      "PUT",
      "PATCH",
      "DELETE",
      "HEAD",
      "OPTIONS",
      "POST",
    ]);
    const fp = await fingerprintKey(KEY);
    expect(list.captures[0]?.path).toBe("/things/1?key=<redacted>");
    expect(list.captures[0]?.credentials).toEqual([
      expect.objectContaining({ name: "authorization", scheme: "Basic", fingerprint: fp }),
      expect.objectContaining({ name: "key", location: "query", fingerprint: fp }),
    ]);
    expect(list.captures[6]?.credentials).toEqual([
      expect.objectContaining({ name: "token", location: "body", fingerprint: fp }),
    ]);
  });

  it("answers a CORS preflight so browser apps can be pointed at it", async () => {
    const { url } = await createSession();
    const res = await fetch(`${url}v1/models`, {
      method: "OPTIONS",
      headers: {
        origin: "http://localhost:5173",
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization, content-type",
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-headers")).toBe("authorization, content-type");
    const list = await listCaptures(url);
    expect(list.captures[0]?.preflight).toBe(true);
  });
});

describe("limits", () => {
  it("keeps at most 20 captures per URL, then answers 429", async () => {
    const { url } = await createSession();
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${url}n/${i}`);
      expect(res.status).toBe(200);
      await res.arrayBuffer();
    }
    await expectError(await fetch(`${url}n/20`), 429, "rate_limited");
    const list = await listCaptures(url);
    expect(list.captures).toHaveLength(20);
  });

  it("answers 413 to a body over 64 KB, recording the request without reading it", async () => {
    const { url } = await createSession();
    const big = JSON.stringify({ api_key: KEY, padding: "x".repeat(70 * 1024) });
    await expectError(
      await fetch(`${url}upload`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
        body: big,
      }),
      413,
      "payload_too_large",
    );
    const list = await listCaptures(url);
    expect(list.captures[0]?.body).toMatchObject({
      truncated: true,
      contentType: "application/json",
    });
    expect(list.captures[0]?.body?.size).toBeGreaterThan(64 * 1024);
    expect(list.captures[0]?.credentials.map((c) => c.name)).toEqual(["authorization"]);
  });

  it("answers 404 for an unknown, malformed or expired id, for captures and lists", async () => {
    const unknown = `${server.url}/api/echo/AAAAAAAAAAAAAAAAAAAAAA/`;
    await expectError(await fetch(`${unknown}captures`), 404, "not_found");
    await expectError(await fetch(`${unknown}v1/models`), 404, "not_found");
    await expectError(await fetch(`${server.url}/api/echo/nope/captures`), 404, "not_found");

    const store = await getStore();
    const id = "BBBBBBBBBBBBBBBBBBBBBB";
    await store.createEchoSession({
      id,
      createdAt: Date.now() - 20 * 60_000,
      expiresAt: Date.now() - 5 * 60_000,
    });
    const expired = `${server.url}/api/echo/${id}/`;
    await expectError(await fetch(`${expired}captures`), 404, "not_found");
    await expectError(
      await fetch(`${expired}v1/models`, { headers: { authorization: `Bearer ${KEY}` } }),
      404,
      "not_found",
    );
  });

  it("rate-limits capture URL creation per client", async () => {
    // Behind a trusted proxy each client has its own bucket: a fresh address starts at 0.
    process.env.WHY401_RATE_LIMIT_PER_MINUTE = "2";
    process.env.WHY401_TRUST_PROXY = "1";
    resetConfigForTests();
    try {
      const client = { "x-forwarded-for": "203.0.113.77" };
      await createSession(client);
      await createSession(client);
      const res = await fetch(`${server.url}/api/echo`, { method: "POST", headers: client });
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      await expectError(res, 429, "rate_limited");
    } finally {
      process.env.WHY401_RATE_LIMIT_PER_MINUTE = "1000";
      delete process.env.WHY401_TRUST_PROXY;
      resetConfigForTests();
    }
  });
});

describe("what the user's environment really sends", () => {
  it("a proxy that strips Authorization (base-URL swap) → proxy_strips_auth", async () => {
    const { id, url } = await createSession();
    const viaProxy = `${proxy.url}/api/echo/${id}/v1/models`;
    const res = await fetch(viaProxy, { headers: { authorization: `Bearer ${KEY}` } });
    expect(res.status).toBe(200);
    expect(proxy.forwarded()).toBeGreaterThan(0);

    const list = await listCaptures(url);
    expect(list.captures[0]?.headerNames).toContain("via");
    expect(list.captures[0]?.headerNames).not.toContain("authorization");
    const { comparisons, evidence } = compareCaptures(list.captures, {
      keyFingerprint: await fingerprintKey(KEY),
      providerId: "openai",
    });
    expect(comparisons[0]?.verdicts[0]).toMatchObject({ causeId: "proxy_strips_auth" });
    expect(evidence[0]?.credential).toBeUndefined();
  });

  it("the same proxy used as HTTP_PROXY (absolute request URI) → proxy_strips_auth", async () => {
    const { url } = await createSession();
    const target = `${url}v1/messages`;
    const proxyUrl = new URL(proxy.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: proxyUrl.hostname,
          port: proxyUrl.port,
          method: "POST",
          path: target,
          headers: { authorization: `Bearer ${KEY}`, "content-type": "application/json" },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.end('{"model":"claude"}');
    });
    expect(status).toBe(200);
    const list = await listCaptures(url);
    const { comparisons } = compareCaptures(list.captures, {
      keyFingerprint: await fingerprintKey(KEY),
      providerId: "anthropic",
    });
    expect(comparisons[0]?.verdicts[0]).toMatchObject({ causeId: "proxy_strips_auth" });
  });

  it("a child process started with another key in its environment → stale_environment", async () => {
    const { url } = await createSession();
    const script = `
      fetch(process.env.CAPTURE_URL + "v1/chat/completions", {
        method: "POST",
        headers: {
          Authorization: "Bearer " + process.env.OPENAI_API_KEY,
          "Content-Type": "application/json",
        },
        body: JSON.stringify({ model: "gpt-4o-mini", messages: [] }),
      }).then((r) => r.json()).then((j) => console.log(JSON.stringify(j)));
    `;
    const child = spawn(process.execPath, ["-e", script], {
      env: {
        PATH: process.env.PATH ?? "",
        NODE_ENV: "test",
        CAPTURE_URL: url,
        OPENAI_API_KEY: OTHER,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let childOut = "";
    child.stdout.on("data", (d) => {
      childOut += d;
    });
    child.stderr.on("data", (d) => {
      childOut += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code, childOut).toBe(0);
    expect(JSON.parse(childOut)).toMatchObject({ captured: true });

    const list = await listCaptures(url);
    const { comparisons, evidence } = compareCaptures(list.captures, {
      keyFingerprint: await fingerprintKey(KEY),
      providerId: "openai",
    });
    const causes = comparisons[0]?.verdicts.flatMap((v) => (v.kind === "cause" ? [v.causeId] : []));
    expect(causes).toEqual(["stale_environment"]);
    expect(evidence[0]?.credential?.fingerprint).toBe(await fingerprintKey(OTHER));
  });
});

describe("the key leaks nowhere", () => {
  it("is in no log line, and not in the SQLite database files", async () => {
    const logged = output.join("\n");
    expect(leakedFragments(logged, KEY)).toEqual([]);
    expect(leakedFragments(logged, OTHER)).toEqual([]);

    const store = await getStore();
    expect(store.kind).toBe("sqlite");
    await closeStore(); // checkpoints the WAL into the .db file; any -wal left is read too
    const files = readdirSync(dataDir);
    expect(files).toContain("why401.db");
    const basic = Buffer.from(`api:${KEY}`).toString("base64");
    let all = "";
    for (const file of files) {
      const bytes = readFileSync(join(dataDir, file)).toString("latin1");
      all += bytes;
      expect(leakedFragments(bytes, KEY), file).toEqual([]);
      expect(leakedFragments(bytes, OTHER), file).toEqual([]);
      expect(bytes.includes(basic.slice(4, 16)), file).toBe(false);
    }
    // The search looked at real capture rows, stored as readable JSON text...
    const db = new Database(join(dataDir, "why401.db"), { readonly: true });
    const { n } = db.prepare("SELECT count(*) AS n FROM echo_captures").get() as { n: number };
    db.close();
    expect(n).toBeGreaterThan(30);
    expect(all).toContain(await fingerprintKey(KEY));
    // ...and would have seen a fragment had one been there.
    expect(leakedFragments(`${all}${KEY.slice(20, 26)}`, KEY)).not.toEqual([]);
  });
});
