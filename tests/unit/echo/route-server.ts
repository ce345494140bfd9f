import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import * as capture from "@/app/api/echo/[id]/[[...path]]/route";
import * as create from "@/app/api/echo/route";

/**
 * A small node:http server that hands requests to the real echo route handlers, so a
 * real proxy and a real child process can reach them over TCP without a Next build.
 * It routes like the app: POST /api/echo, and /api/echo/<id>/… to the catch-all.
 */
export interface RouteServer {
  url: string;
  close(): Promise<void>;
}

type Handler = (
  request: Request,
  context: { params: Promise<{ id: string }> },
) => Promise<Response>;

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i] as string, req.rawHeaders[i + 1] as string);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(new URL(req.url ?? "/", origin), {
    method: req.method,
    headers,
    body: hasBody ? bodyStream(req) : undefined,
    // @ts-expect-error Node's fetch needs duplex for a streamed body; lib.dom lacks it.
    duplex: "half",
  });
}

/**
 * The request body as a web stream. When the handler stops reading (a body over the cap),
 * the rest is drained so the answer still reaches the client, as a real server does.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on("data", (chunk: Buffer) => {
        if (!cancelled) controller.enqueue(new Uint8Array(chunk));
      });
      req.on("end", () => {
        if (!cancelled) controller.close();
      });
      req.on("error", (error) => {
        if (!cancelled) controller.error(error);
      });
    },
    cancel() {
      cancelled = true;
      req.resume();
    },
  });
}

async function writeResponse(response: Response, res: ServerResponse): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
      res.write(chunk);
  }
  res.end();
}

async function dispatch(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  if (path === "/api/echo" && request.method === "POST") return create.POST(request);
  const match = /^\/api\/echo\/([^/]+)(?:\/(.*))?$/.exec(path);
  const handler = match?.[1] ? (capture as Record<string, unknown>)[request.method] : undefined;
  if (!match?.[1] || typeof handler !== "function") return new Response(null, { status: 404 });
  const params = Promise.resolve({ id: decodeURIComponent(match[1]) });
  return (handler as Handler)(request, { params });
}

export async function startRouteServer(): Promise<RouteServer> {
  let origin = "";
  const server: Server = createServer((req, res) => {
    dispatch(toRequest(req, origin))
      .then((response) => writeResponse(response, res))
      .catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
