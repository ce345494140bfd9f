import type { ServerResponse } from "node:http";

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
    date: new Date().toUTCString(),
    ...headers,
  });
  res.end(text);
}

export function text(
  res: ServerResponse,
  status: number,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": String(Buffer.byteLength(body)),
    date: new Date().toUTCString(),
    ...headers,
  });
  res.end(body);
}

export function redirect(
  res: ServerResponse,
  status: number,
  location: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    location,
    "content-length": "0",
    date: new Date().toUTCString(),
    ...headers,
  });
  res.end();
}
