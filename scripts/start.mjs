#!/usr/bin/env node
// Serves the built app on PORT and HOSTNAME (defaults 3000 and 0.0.0.0).
//
// A small custom server around Next's request handler, for one reason: rate limits need
// the client's address, and a route handler only sees headers, which a client can
// invent. This server stamps each request with its socket address under a per-process
// secret, so lib/api/client-address.ts can tell a real stamp from a forged header.
// The full configuration is validated in instrumentation.ts when Next prepares.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

const port = process.env.PORT || "3000";
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error("why401: invalid configuration: PORT accepts a whole number from 1 to 65535");
  process.exit(1);
}
const hostname = process.env.HOSTNAME || "0.0.0.0";
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.WHY401_CLIENT_STAMP_SECRET = randomBytes(16).toString("hex");
const stampHeader = "x-why401-client"; // STAMP_HEADER in lib/api/client-address.ts

const app = next({
  dev: false,
  dir: resolve(dirname(fileURLToPath(import.meta.url)), ".."),
  hostname,
  port: Number(port),
});
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  req.headers[stampHeader] =
    `${process.env.WHY401_CLIENT_STAMP_SECRET} ${req.socket.remoteAddress ?? ""}`;
  handle(req, res);
});
server.listen(Number(port), hostname, () => {
  const shown = hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname;
  console.log(`why401 ready on http://${shown}:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
