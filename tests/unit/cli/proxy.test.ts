import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closedPortUrl,
  GOOD_KEY,
  type MockUpstream,
  startMockUpstream,
} from "../../mock-upstream/server";
import { runCli } from "../../support/cli";
import { type StripProxy, startStripProxy } from "../../support/strip-proxy";

/**
 * HTTP_PROXY / NO_PROXY as curl honours them, and the probes sent around the proxy: they
 * tell a proxy that drops the key, or wants its own credentials, from the API's answer.
 */

const PROXY_PASSWORD = "proxy-Pa55word-do-not-print";
const PROXY_LOGIN = `Basic ${Buffer.from(`corp:${PROXY_PASSWORD}`).toString("base64")}`;

let upstream: MockUpstream;
let strip: StripProxy;
let demanding: Server;
let demandingUrl: string;
let endpoint: string;

beforeAll(async () => {
  upstream = await startMockUpstream();
  strip = await startStripProxy();
  endpoint = `${upstream.url}/openai/v1/models`;
  // A corporate proxy that wants its own login before forwarding anything.
  demanding = createServer((req, res) => {
    if (req.headers["proxy-authorization"] === PROXY_LOGIN) {
      // Logged in: forward the request (absolute URL) without the proxy's own header.
      const target = new URL(req.url ?? "");
      const { "proxy-authorization": _login, ...headers } = req.headers;
      const forward = httpRequest(target, { method: req.method, headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      req.pipe(forward);
      return;
    }
    req.resume();
    res.writeHead(407, {
      "proxy-authenticate": 'Basic realm="corp-proxy"',
      "content-type": "text/plain",
    });
    res.end("Proxy Authentication Required");
  });
  // HTTPS goes through a CONNECT tunnel, which this proxy refuses the same way.
  demanding.on("connect", (_req, socket) => {
    socket.end(
      'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="corp-proxy"\r\nContent-Length: 0\r\n\r\n',
    );
  });
  await new Promise<void>((resolve) => demanding.listen(0, "127.0.0.1", resolve));
  demandingUrl = `http://127.0.0.1:${(demanding.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await strip.close();
  await upstream.close();
  await new Promise((resolve) => demanding.close(resolve));
});

const cli = (env: Record<string, string>, extra: string[] = []) =>
  runCli([endpoint, "--provider", "openai", "--key-env", "OPENAI_API_KEY", "--json", ...extra], {
    env: { OPENAI_API_KEY: GOOD_KEY, ...env },
    secrets: [GOOD_KEY],
  });

describe("a proxy from the environment", () => {
  it("that drops Authorization is proxy_strips_auth, proven by the same key working directly", async () => {
    const before = strip.forwarded();
    const run = await cli({ HTTP_PROXY: strip.url });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.verdict.causeId).toBe("proxy_strips_auth");
    expect(report.causes[0].confidence).toBeGreaterThanOrEqual(0.9);
    expect(report.causes[0].confirmed).toBe(true);
    expect(report.causes[0].evidence.join(" ")).toMatch(/Sent directly, .* 200 OK/);
    expect(strip.forwarded()).toBeGreaterThan(before);
  });

  it("lower-case http_proxy is honoured too", async () => {
    const run = await cli({ http_proxy: strip.url });
    expect(JSON.parse(run.stdout).verdict.causeId).toBe("proxy_strips_auth");
  });

  it("is skipped for a host in NO_PROXY: no proxy, no direct round, the key works", async () => {
    const before = strip.forwarded();
    const run = await cli({ HTTP_PROXY: strip.url, NO_PROXY: "localhost,127.0.0.1" });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).verdict.causeId).toBe("credentials_work");
    expect(strip.forwarded()).toBe(before);
  });

  it("that answers 407 is proxy_auth_required, and the direct answer shows the key is fine", async () => {
    const run = await cli({ HTTP_PROXY: demandingUrl });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.verdict.causeId).toBe("proxy_auth_required");
    expect(report.causes[0].evidence.join(" ")).toMatch(
      /Sent directly, without the proxy .* 200 OK/,
    );
  });

  it("that refuses an https tunnel with 407 is proxy_auth_required, not an unreachable endpoint", async () => {
    const target = (await closedPortUrl()).replace("http:", "https:");
    const run = await runCli([target, "--key-env", "OPENAI_API_KEY", "--json"], {
      env: { OPENAI_API_KEY: GOOD_KEY, HTTPS_PROXY: demandingUrl },
      secrets: [GOOD_KEY],
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.verdict.causeId).toBe("proxy_auth_required");
    expect(report.causes.map((c: { id: string }) => c.id)).not.toContain("endpoint_unreachable");
  });

  it("an unparsable HTTP_PROXY does not stop an https target from taking HTTPS_PROXY", async () => {
    const target = (await closedPortUrl()).replace("http:", "https:");
    const run = await runCli([target, "--key-env", "OPENAI_API_KEY", "--json"], {
      env: {
        OPENAI_API_KEY: GOOD_KEY,
        HTTPS_PROXY: demandingUrl,
        HTTP_PROXY: `not a url:${PROXY_PASSWORD}`,
      },
      secrets: [GOOD_KEY, PROXY_PASSWORD],
    });
    expect(run.stderr).not.toContain("unexpected");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).verdict.causeId).toBe("proxy_auth_required");
  });

  it("sends the proxy's own login from the proxy URL, and never prints it", async () => {
    const withLogin = demandingUrl.replace("http://", `http://corp:${PROXY_PASSWORD}@`);
    const run = await runCli([endpoint, "--provider", "openai", "--key-env", "OPENAI_API_KEY"], {
      env: { OPENAI_API_KEY: GOOD_KEY, HTTP_PROXY: withLogin },
      secrets: [GOOD_KEY, PROXY_PASSWORD, PROXY_LOGIN],
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Around the proxy at ${new URL(demandingUrl).host}`);
  });

  it("the readable report shows the requests sent around the proxy", async () => {
    const run = await runCli([endpoint, "--provider", "openai", "--key-env", "OPENAI_API_KEY"], {
      env: { OPENAI_API_KEY: GOOD_KEY, HTTP_PROXY: strip.url },
      secrets: [GOOD_KEY],
    });
    const host = new URL(strip.url).host;
    expect(run.stdout).toContain(`Around the proxy at ${host} (HTTP_PROXY)`);
    expect(run.stdout).toMatch(/as-sent +200/);
  });
});
