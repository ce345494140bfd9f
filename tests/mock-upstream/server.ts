import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createServer as createTcpServer, type Socket } from "node:net";
import { credentials } from "./credentials";
import * as faulty from "./faulty";
import * as gateways from "./gateways";
import * as providers from "./providers";
import { recorded } from "./recorded";
import { json } from "./respond";
import type { Scenario } from "./scenario";

/**
 * A real local HTTP server scripting providers, gateways and faulty upstreams by path.
 * It counts TCP connections (the SSRF tests assert it saw none) and records the header
 * NAMES of each request, never values.
 */

/** A key every scripted provider accepts (in the header it expects). */
export const GOOD_KEY = "sk-proj-why401GoodKey0123456789abcdefABCDEFghijklmnopqrstuv";

const ROUTES: [prefix: string, scenario: Scenario][] = [
  ["/openai/", providers.openai],
  ["/anthropic/", providers.anthropic],
  ["/github/", providers.github],
  ["/stripe/", providers.stripe],
  ["/slack/", providers.slack],
  ["/gemini/", providers.gemini],
  ["/x-api-key-only", providers.xApiKeyOnly],
  ["/ok", providers.ok],
  ["/echo-credentials", providers.echoCredentials],
  ["/kong/", gateways.kong],
  ["/aws/", gateways.aws],
  ["/envoy/", gateways.envoy],
  ["/nginx/", gateways.nginx],
  ["/azure-apim/", gateways.azureApim],
  ["/aws-api-key/", gateways.awsApiKey],
  ["/google-esp/", gateways.googleEsp],
  ["/nginx-underscore/", gateways.nginxUnderscore],
  ["/cf-access", gateways.cloudflareAccess],
  ["/redirect/cross-origin", gateways.redirectCrossOrigin],
  ["/redirect/https", gateways.redirectHttps],
  ["/redirect/internal", gateways.redirectInternal],
  ["/redirect-loop", gateways.redirectLoop],
  ["/403", gateways.forbidden],
  ["/407", gateways.proxyAuth],
  ["/429", gateways.rateLimited],
  ["/hang", faulty.hang],
  ["/slow-headers", faulty.slowHeaders],
  ["/endless-body", faulty.endlessBody],
  ["/big-body", faulty.bigBody],
  ["/big-json", faulty.bigJson],
  ["/gzip-bomb", faulty.gzipBomb],
  ["/huge-header", faulty.hugeHeader],
  ["/reset", faulty.reset],
  ["/not-http", faulty.notHttp],
  ["/delay", faulty.delay],
  ["/recorded/", recorded],
];

export interface RecordedRequest {
  method: string;
  /** Path only: a query may carry the key. */
  path: string;
  headerNames: string[];
}

export interface MockUpstream {
  url: string;
  port: number;
  close(): Promise<void>;
  /** TCP connections accepted so far. */
  connections(): number;
  requests(): RecordedRequest[];
  reset(): void;
}

export async function startMockUpstream(
  options: { goodKeys?: string[] } = {},
): Promise<MockUpstream> {
  const goodKeys = new Set(options.goodKeys ?? [GOOD_KEY]);
  let connections = 0;
  let recorded: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let origin = "";

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", origin);
    recorded.push({
      method: req.method ?? "GET",
      path: url.pathname,
      headerNames: Object.keys(req.headers).sort(),
    });
    res.on("error", () => {});
    req.resume(); // drain request bodies; scenarios never need them
    const route = ROUTES.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!route) return json(res, 404, { error: "not_found", path: url.pathname });
    route[1]({
      req,
      res,
      url,
      creds: credentials(req, url),
      isGood: (v) => goodKeys.has(v),
      origin,
    });
  });
  server.on("connection", (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("clientError", (_error, socket) => socket.destroy());

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: origin,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
    connections: () => connections,
    requests: () => [...recorded],
    reset: () => {
      connections = 0;
      recorded = [];
    },
  };
}

/** A URL on 127.0.0.1 where nothing listens (a port we bound, then released). */
export async function closedPortUrl(): Promise<string> {
  const server = createTcpServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1/models`;
}
