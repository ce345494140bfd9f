import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type Server,
} from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A real forwarding HTTP proxy for tests that drops credential headers on the way, like
 * a misconfigured nginx (`proxy_set_header Authorization ""`) or a corporate proxy.
 *
 * Works both ways a client can use a proxy:
 * - as a forward proxy (HTTP_PROXY): the request line carries an absolute URL;
 * - as a base-URL swap: relative paths are forwarded to `target`.
 * HTTP only (no CONNECT): the targets in tests are local http servers.
 */
export interface StripProxy {
  url: string;
  /** Requests forwarded so far. */
  forwarded(): number;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "host",
]);

export async function startStripProxy(
  options: { target?: string; drop?: string[] } = {},
): Promise<StripProxy> {
  const drop = new Set((options.drop ?? ["authorization"]).map((h) => h.toLowerCase()));
  let count = 0;
  const server: Server = createServer((req, res) => {
    const raw = req.url ?? "/";
    let destination: URL;
    try {
      destination = /^https?:\/\//i.test(raw)
        ? new URL(raw)
        : new URL(raw, options.target ?? "http://invalid.invalid");
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (destination.protocol !== "http:" || (!options.target && !/^https?:/i.test(raw))) {
      res.writeHead(502, { "content-type": "text/plain" }).end("strip-proxy: no target");
      return;
    }
    const headers: IncomingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (!HOP_BY_HOP.has(name) && !drop.has(name)) headers[name] = value;
    }
    headers.host = destination.host;
    headers.via = "1.1 strip-proxy";
    count++;
    const upstream = httpRequest(
      destination,
      { method: req.method, headers: headers as Record<string, string> },
      (answer) => {
        const out: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
        }
        res.writeHead(answer.statusCode ?? 502, out);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain" });
      res.end("strip-proxy: upstream failed");
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    forwarded: () => count,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
