import { gzipSync } from "node:zlib";
import type { Scenario } from "./scenario";

/** Upstreams that misbehave (see docs/security.md, "Rate limits and capacity"). Each must still yield a report within the run deadline. */

const BIG = Buffer.alloc(10 * 1024 * 1024, "a");
const BOMB = gzipSync(Buffer.alloc(50 * 1024 * 1024, 0)); // ~50 KB that inflates to 50 MB

export const hang: Scenario = () => {
  // Never answer; the socket stays open until the client gives up.
};

export const slowHeaders: Scenario = ({ res }) => {
  const timer = setTimeout(() => {
    if (!res.destroyed) res.writeHead(401, { "content-type": "text/plain" }).end("late");
  }, 30_000);
  res.on("close", () => clearTimeout(timer));
};

export const endlessBody: Scenario = ({ res }) => {
  res.writeHead(401, { "content-type": "text/plain" });
  const chunk = Buffer.alloc(16 * 1024, "x");
  const pump = () => {
    while (!res.destroyed && res.write(chunk)) {
      // keep writing until the socket pushes back
    }
  };
  res.on("drain", pump);
  pump();
};

export const bigBody: Scenario = ({ res }) => {
  res.writeHead(401, { "content-type": "text/plain", "content-length": String(BIG.byteLength) });
  res.end(BIG);
};

/** A 64 KB JSON 401 whose one string has no space to break at: the report must still fit. */
const BIG_JSON = JSON.stringify({
  error: {
    code: "invalid_api_key",
    message: "The API key is not valid.",
    trace: "x".repeat(64 * 1024),
  },
});

export const bigJson: Scenario = ({ res }) => {
  res.writeHead(401, {
    "content-type": "application/json",
    "www-authenticate": 'Bearer realm="api", error="invalid_token"',
  });
  res.end(BIG_JSON);
};

export const gzipBomb: Scenario = ({ res }) => {
  res.writeHead(401, {
    "content-type": "application/json",
    "content-encoding": "gzip",
    "content-length": String(BOMB.byteLength),
  });
  res.end(BOMB);
};

export const hugeHeader: Scenario = ({ res }) => {
  res.writeHead(401, { "content-type": "text/plain", "x-padding": "p".repeat(64 * 1024) });
  res.end("unauthorized");
};

export const reset: Scenario = ({ req }) => {
  req.socket.destroy();
};

export const notHttp: Scenario = ({ req }) => {
  req.socket.end("SSH-2.0-OpenSSH_9.6\r\n\u0000\u0001\u0002garbage that is not HTTP\r\n\r\n");
};

/** Answers 401 after `?ms=` milliseconds (the bench's 250 ms upstream). */
export const delay: Scenario = ({ req, res, url }) => {
  const ms = Math.min(10_000, Number(url.searchParams.get("ms") ?? "250") || 0);
  // `as=kong`: answered as Kong's key-auth would (a first round that names the layer, and
  // an apikey header that passes), to time a diagnosis with a follow-up round.
  const kong = url.searchParams.get("as") === "kong";
  const timer = setTimeout(() => {
    if (res.destroyed) return;
    const passed = kong && req.headers.apikey !== undefined;
    const body = kong
      ? passed
        ? '{"ok":true}'
        : '{"message":"No API key found in request"}'
      : '{"error":{"message":"Incorrect API key provided","code":"invalid_api_key"}}';
    res.writeHead(passed ? 200 : 401, {
      "content-type": "application/json",
      "content-length": String(body.length),
      date: new Date().toUTCString(),
      ...(kong ? { server: "kong/3.6.1", "www-authenticate": 'Key realm="kong"' } : {}),
    });
    res.end(body);
  }, ms);
  res.on("close", () => clearTimeout(timer));
};
