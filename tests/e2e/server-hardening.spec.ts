import { request as httpRequest } from "node:http";
import { connect, type Socket } from "node:net";
import { expect, test } from "@playwright/test";
import { type AppServer, startAppServer } from "../support/app-server";

/**
 * What `npm start`'s own server (scripts/start.mjs) answers for, with real requests:
 * malformed percent-encoding, security headers on every response, HSTS only over https,
 * forwarded headers only from a trusted proxy, and bounds on slow clients.
 */
test.describe.configure({ mode: "serial" });

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request on its own connection (no keep-alive pool), with the path sent byte for byte. */
function raw(
  base: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: init.method ?? "GET",
        headers: { connection: "close", ...init.headers },
        agent: false,
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c) => {
          body += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(init.body);
  });
}

const SECURITY_HEADERS = [
  "content-security-policy",
  "x-content-type-options",
  "x-frame-options",
  "referrer-policy",
  "cross-origin-opener-policy",
  "permissions-policy",
];

test.describe("npm start: requests", () => {
  let app: AppServer;
  test.beforeAll(async () => {
    app = await startAppServer({ WHY401_RATE_LIMIT_PER_MINUTE: "0" });
  });
  test.afterAll(async () => {
    await app.stop();
  });

  for (const path of ["/api/x%", "/api/shares/%E0x", "/r/%E0%A4%A"]) {
    test(`malformed percent-encoding ${path} → 400 in the error shape, with the headers`, async () => {
      const answer = await raw(app.url, path);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body)).toEqual({
        error: { code: "bad_request", message: expect.stringMatching(/percent-encoding/) },
      });
      for (const name of SECURITY_HEADERS) expect(answer.headers[name], name).toBeTruthy();
    });
  }

  test("security headers on every response: static files, 404s, API, pages", async () => {
    for (const path of [
      "/robots.txt",
      "/icon.svg",
      "/no-such-page",
      "/api/health",
      "/api/nope",
      "/",
    ]) {
      const answer = await raw(app.url, path);
      for (const name of SECURITY_HEADERS)
        expect(answer.headers[name], `${path} ${name}`).toBeTruthy();
      expect(answer.headers["strict-transport-security"], path).toBeUndefined();
    }
    // A page keeps its own CSP (with the nonce), once.
    const page = await raw(app.url, "/");
    const csp = page.headers["content-security-policy"];
    expect(typeof csp).toBe("string");
    expect(String(csp)).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    // A client's forwarded https is not believed: no HSTS over plain http.
    const forged = await raw(app.url, "/api/health", { headers: { "x-forwarded-proto": "https" } });
    expect(forged.headers["strict-transport-security"]).toBeUndefined();
  });

  test("the echo URL ignores a client's Host-forwarding headers without a trusted proxy", async () => {
    const answer = await raw(app.url, "/api/echo", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-forwarded-proto": "https",
        "x-forwarded-host": "evil.example",
      },
      body: "{}",
    });
    expect(answer.status).toBe(201);
    const { url, id } = JSON.parse(answer.body) as { url: string; id: string };
    expect(url).toBe(`${app.url}/api/echo/${id}/`);
    // A capture holds none of the forwarded headers our stack adds.
    await raw(app.url, `/api/echo/${id}/v1/models`, { headers: { "x-forwarded-for": "1.2.3.4" } });
    const list = await raw(app.url, `/api/echo/${id}/captures`);
    const { captures } = JSON.parse(list.body) as { captures: { headerNames: string[] }[] };
    expect(captures).toHaveLength(1);
    expect(captures[0]?.headerNames.some((n) => n.startsWith("x-forwarded-"))).toBe(false);
  });
});

test.describe("npm start: configured public URL and a trusted proxy", () => {
  let app: AppServer;
  test.beforeAll(async () => {
    app = await startAppServer({
      WHY401_RATE_LIMIT_PER_MINUTE: "0",
      WHY401_TRUST_PROXY: "1",
      WHY401_PUBLIC_URL: "https://why401.example",
    });
  });
  test.afterAll(async () => {
    await app.stop();
  });

  test("WHY401_PUBLIC_URL names the echo URL; HSTS when the trusted proxy says https", async () => {
    const answer = await raw(app.url, "/api/echo", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-host": "other.example" },
      body: "{}",
    });
    const { url, id } = JSON.parse(answer.body) as { url: string; id: string };
    expect(url).toBe(`https://why401.example/api/echo/${id}/`);
    const https = await raw(app.url, "/api/health", { headers: { "x-forwarded-proto": "https" } });
    expect(https.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    const http = await raw(app.url, "/api/health", { headers: { "x-forwarded-proto": "http" } });
    expect(http.headers["strict-transport-security"]).toBeUndefined();
  });
});

/** Resolves with the time the server took to close the socket, or "open" after `waitMs`. */
function closedWithin(socket: Socket, waitMs: number): Promise<number | "open"> {
  const started = Date.now();
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("open"), waitMs);
    socket.once("close", () => {
      clearTimeout(timer);
      resolve(Date.now() - started);
    });
  });
}

function open(base: string): Promise<Socket> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname, () => resolve(socket));
    socket.on("error", () => {});
    socket.once("error", reject);
  });
}

test.describe("npm start: slow clients", () => {
  let app: AppServer;
  test.beforeAll(async () => {
    app = await startAppServer({
      WHY401_RATE_LIMIT_PER_MINUTE: "0",
      WHY401_REQUEST_TIMEOUT_SECONDS: "3",
      WHY401_MAX_CONNECTIONS: "6",
    });
  });
  test.afterAll(async () => {
    await app.stop();
  });

  test("a body sent a byte at a time is cut off at the request deadline", async () => {
    test.setTimeout(60_000);
    const socket = await open(app.url);
    let answer = "";
    socket.on("data", (d) => {
      answer += d;
    });
    socket.write(
      "POST /api/diagnose HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n{",
    );
    const drip = setInterval(() => {
      if (!socket.destroyed) socket.write(" ");
    }, 300);
    const closed = await closedWithin(socket, 20_000);
    clearInterval(drip);
    socket.destroy();
    expect(closed).not.toBe("open");
    expect(closed as number).toBeLessThan(15_000);
    expect(answer === "" || /^HTTP\/1\.1 408/.test(answer)).toBe(true);
  });

  test("headers sent a line at a time are cut off too", async () => {
    test.setTimeout(60_000);
    const socket = await open(app.url);
    socket.write("GET /api/health HTTP/1.1\r\n");
    const drip = setInterval(() => {
      if (!socket.destroyed) socket.write("X-Slow: 1\r\n");
    }, 300);
    const closed = await closedWithin(socket, 20_000);
    clearInterval(drip);
    socket.destroy();
    expect(closed).not.toBe("open");
    expect(closed as number).toBeLessThan(15_000);
  });

  test("past WHY401_MAX_CONNECTIONS new connections are dropped, and come back after", async () => {
    test.setTimeout(60_000);
    const sockets = await Promise.all(Array.from({ length: 10 }, () => open(app.url)));
    const closed = await Promise.all(sockets.map((s) => closedWithin(s, 1_500)));
    // The health polls' keep-alive connection may hold one slot: at least 10 - 6 are dropped.
    const dropped = closed.filter((c) => c !== "open").length;
    expect(dropped).toBeGreaterThanOrEqual(4);
    for (const s of sockets) s.destroy();
    await new Promise((r) => setTimeout(r, 300));
    expect((await raw(app.url, "/api/health")).status).toBe(200);
  });
});
