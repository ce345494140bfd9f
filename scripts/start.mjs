#!/usr/bin/env node
// Serves the built app on PORT and HOSTNAME (defaults 3000 and 0.0.0.0).
//
// A small custom server around Next's request handler. It does what a route handler
// cannot, because it sees the socket:
// - rate limits need the client's address, and a route handler only sees headers, which
//   a client can invent. This server stamps each request with its socket address under a
//   per-process secret, so lib/api/client-address.ts can tell a real stamp from a forged
//   header;
// - forwarded headers (X-Forwarded-Proto, -Host, -For) are dropped unless a reverse proxy
//   is trusted (WHY401_TRUST_PROXY), so a client cannot make Next believe it came over
//   https or to another host;
// - every response starts with the security headers (docs/security.md), HSTS only when
//   the browser reached us over https;
// - a path with malformed percent-encoding gets a 400 in the API's error shape before
//   Next's router (which would answer a bare 500);
// - slow clients are bounded: time to send the headers and the whole request, and the
//   number of open connections.
// The full configuration is validated in instrumentation.ts when Next prepares.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

const require = createRequire(import.meta.url);
const { COMMON, DATA_CSP, HSTS } = require("./response-headers.cjs");

const port = process.env.PORT || "3000";
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error("why401: invalid configuration: PORT accepts a whole number from 1 to 65535");
  process.exit(1);
}
const hostname = process.env.HOSTNAME || "0.0.0.0";
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.WHY401_CLIENT_STAMP_SECRET = randomBytes(16).toString("hex");
const stampHeader = "x-why401-client"; // STAMP_HEADER in lib/api/client-address.ts

/** A whole number from the environment; bad values stop start-up in instrumentation.ts. */
function wholeNumber(name, fallback) {
  const value = process.env[name];
  return value && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : fallback;
}
const trustProxy = ["1", "true"].includes(process.env.WHY401_TRUST_PROXY ?? "");
const requestTimeoutMs = wholeNumber("WHY401_REQUEST_TIMEOUT_SECONDS", 30) * 1000;
const maxConnections = wholeNumber("WHY401_MAX_CONNECTIONS", 1024);

const app = next({
  dev: false,
  dir: resolve(dirname(fileURLToPath(import.meta.url)), ".."),
  hostname,
  port: Number(port),
});
await app.prepare();
const handle = app.getRequestHandler();

function firstValue(header) {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(",")[0]?.trim().toLowerCase();
}

function overHttps(req) {
  if (req.socket.encrypted) return true;
  return trustProxy && firstValue(req.headers["x-forwarded-proto"]) === "https";
}

function hasMalformedPath(url) {
  const path = (url ?? "/").split("?")[0];
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

const server = createServer(
  {
    // Node's defaults let a client hold a request open for 5 minutes.
    requestTimeout: requestTimeoutMs,
    headersTimeout: Math.min(10_000, requestTimeoutMs),
    // How often those deadlines are checked (Node's default is every 30 s).
    connectionsCheckingInterval: 1_000,
  },
  (req, res) => {
    for (const { key, value } of COMMON) res.setHeader(key, value);
    // Next replaces this on pages (a CSP with a nonce) and API answers; whatever it does
    // not decorate (a static file, a 404) keeps the strictest one.
    res.setHeader("Content-Security-Policy", DATA_CSP);
    if (overHttps(req)) res.setHeader("Strict-Transport-Security", HSTS);

    if (hasMalformedPath(req.url)) {
      res.writeHead(400, {
        "content-type": "application/json; charset=utf-8",
        "cache-control": "no-store",
      });
      res.end(
        JSON.stringify({
          error: {
            code: "bad_request",
            message: "The URL is not valid: malformed percent-encoding.",
          },
        }),
      );
      return;
    }

    if (!trustProxy) {
      for (const name of Object.keys(req.headers)) {
        if (name.startsWith("x-forwarded-")) delete req.headers[name];
      }
    }
    req.headers[stampHeader] =
      `${process.env.WHY401_CLIENT_STAMP_SECRET} ${req.socket.remoteAddress ?? ""}`;
    handle(req, res);
  },
);
server.maxConnections = maxConnections;
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
