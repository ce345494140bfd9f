import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callDiagnose, setTestEnv } from "../../mock-upstream/route-client";

/**
 * A hostile upstream that hides the key where the allow-listed headers and the
 * redactor used to let it through. Each route leaks it one way; the report (and so the
 * NDJSON stream and a share) must hold none of it.
 */
const KEY = "sk-proj-Hostile0123456789abcdefGHIJKLmnopQRSTuvwx";
const FOLD = KEY.toLowerCase();

function unicodeEscape(s: string): string {
  return [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
}

const ROUTES: Record<string, (res: ServerResponse) => void> = {
  // 1. header *names* under a kept prefix
  "/header-name": (res) => {
    res.setHeader(`x-kong-${KEY}`, "1");
    res.setHeader(`cf-${KEY.slice(0, 20)}`, "1");
    res.setHeader(`x-ratelimit-${KEY.slice(-16)}`, "5");
    res.statusCode = 401;
    res.end("{}");
  },
  // 3. a Content-Encoding value carrying the key (it used to reach the excerpt)
  "/content-encoding": (res) => {
    res.setHeader("content-encoding", `x-${KEY}`);
    res.statusCode = 401;
    res.end("compressed?");
  },
  // 3. a partial echo in another case
  "/upper-case": (res) => {
    res.statusCode = 401;
    res.end(`invalid key ${KEY.slice(0, 14).toUpperCase()}… please check`);
  },
  // 3. base64 and hex of the key's first 20 characters
  "/prefix-encodings": (res) => {
    res.statusCode = 401;
    const head = KEY.slice(0, 20);
    res.end(
      `b64=${Buffer.from(head).toString("base64")} hex=${Buffer.from(head).toString("hex")} HEX=${Buffer.from(head).toString("hex").toUpperCase()}`,
    );
  },
  // 3. the key in 5-character pieces
  "/pieces": (res) => {
    res.statusCode = 401;
    res.setHeader("content-type", "application/json");
    const pieces = KEY.match(/.{1,5}/g) ?? [];
    res.end(JSON.stringify({ error: "bad key", parts: pieces, text: pieces.join(" ") }));
  },
  // 3. a fully \u-escaped key in a body that is not JSON
  "/unicode-escaped": (res) => {
    res.statusCode = 401;
    res.setHeader("content-type", "text/plain");
    res.end(`key="${unicodeEscape(KEY)}" rejected`);
  },
};

let server: Server;
let base = "";
beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const route = ROUTES[(req.url ?? "/").split("?")[0] ?? "/"];
    if (route) route(res);
    else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  setTestEnv({
    WHY401_ALLOW_PRIVATE_TARGETS: "1",
    WHY401_RATE_LIMIT_PER_MINUTE: "0",
    WHY401_ALLOWED_HOSTS: undefined,
  });
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

/** Every 6 characters of the key, case folded, and its 20-character prefix's encodings. */
function leaks(text: string): string[] {
  const folded = text.toLowerCase();
  const found: string[] = [];
  for (let i = 0; i + 6 <= FOLD.length; i++) {
    if (folded.includes(FOLD.slice(i, i + 6))) found.push(FOLD.slice(i, i + 6));
  }
  const head = KEY.slice(0, 20);
  for (const encoded of [
    Buffer.from(head).toString("base64").slice(0, 16),
    Buffer.from(head).toString("hex").slice(0, 24),
    unicodeEscape(KEY.slice(0, 4)).toLowerCase(),
  ]) {
    if (folded.includes(encoded.toLowerCase())) found.push(encoded);
  }
  // Pieces: the key's characters in order once spaces, quotes and commas are skipped.
  const squeezed = folded.replace(/[\s",[\]]+/g, "");
  for (let i = 0; i + 12 <= FOLD.length; i++) {
    if (squeezed.includes(FOLD.slice(i, i + 12))) found.push(`pieces:${FOLD.slice(i, i + 12)}`);
  }
  return found;
}

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

describe("a hostile upstream cannot smuggle the key into the report", () => {
  it.each(Object.keys(ROUTES))("%s", async (path) => {
    const { status, text, json } = await callDiagnose({
      endpoint: `${base}${path}`,
      key: KEY,
      tryVariants: false,
    });
    expect(status).toBe(200);
    expect(leaks(text)).toEqual([]);
    // Parsed too: the JSON text doubles every backslash of a `\u` escape.
    expect(leaks(strings(json).join("\n"))).toEqual([]);
  });

  it("keeps the evidence that is not key material", async () => {
    const named = await callDiagnose({ endpoint: `${base}/header-name`, key: KEY });
    const asSent = named.json.probes.find((p: { variant: string }) => p.variant === "as-sent");
    expect(asSent.outcome.status).toBe(401);
    expect(Object.keys(asSent.outcome.headers).some((n) => n.startsWith("x-kong-"))).toBe(false);
    const encoded = await callDiagnose({ endpoint: `${base}/content-encoding`, key: KEY });
    const probe = encoded.json.probes.find((p: { variant: string }) => p.variant === "as-sent");
    expect(probe.outcome.headers["content-encoding"]).toBe("[not a known value]");
    expect(probe.outcome.bodyExcerpt).toMatch(/unknown encoding/);
  });
});
