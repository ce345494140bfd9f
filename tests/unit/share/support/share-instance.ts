/**
 * One "app instance" for the multi-instance test: a plain HTTP server in its own process
 * that hands requests to the real share route handlers, as Next does. Run with
 * `node --conditions=react-server --import tsx` (the condition makes `server-only` the
 * empty module it is inside Next). Prints `{"port":N}` once listening.
 */
import { createServer } from "node:http";
import { DELETE, GET } from "@/app/api/shares/[id]/route";
import { POST } from "@/app/api/shares/route";

const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const request = new Request(url, {
    method: req.method,
    headers,
    body: chunks.length > 0 ? Buffer.concat(chunks) : undefined,
  });
  const id = /^\/api\/shares\/([^/]+)$/.exec(url.pathname)?.[1];
  const context = { params: Promise.resolve({ id: decodeURIComponent(id ?? "") }) };
  let response: Response;
  if (url.pathname === "/api/shares" && req.method === "POST") response = await POST(request);
  else if (id && req.method === "GET") response = await GET(request, context);
  else if (id && req.method === "DELETE") response = await DELETE(request, context);
  else response = new Response("no route", { status: 404 });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  console.log(JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 }));
});
