import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  callDiagnose,
  keyFragments as fragments,
  type Json,
  openRouteToMockUpstream,
} from "../../mock-upstream/route-client";
import type { MockUpstream } from "../../mock-upstream/server";

/**
 * /echo-credentials reflects whatever credential it receives: in headers (x-request-id,
 * www-authenticate, server, set-cookie), in a JSON body (raw, URL-encoded, base64,
 * base64url, base64(user:key), base64(key:), masked echoes) and, with ?format=text, in
 * plain text. Whatever the placement, not one 6-character fragment of the key may
 * survive in the report.
 */

let upstream: MockUpstream;
beforeAll(async () => {
  upstream = await openRouteToMockUpstream();
});
afterAll(() => upstream.close());

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) allStrings(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      allStrings(v, out);
    }
  }
  return out;
}

function leaked(key: string, text: string, json: unknown): string[] {
  const haystacks = [text, ...allStrings(json)];
  return fragments(key).filter((f) => haystacks.some((h) => h.includes(f)));
}

const keyChar = fc.constantFrom(
  ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~+/=:!*",
);
const placement = fc.constantFrom(
  { placement: "bearer" },
  { placement: "authorization" },
  { placement: "basic" },
  { placement: "header", name: "X-API-Key" },
  { placement: "query", name: "api_key" },
);

describe("redaction of reflected credentials, through the route", () => {
  it("property: a random key echoed back in every encoding never reaches the report or the log", async () => {
    const writes: string[] = [];
    const spy = vi
      .spyOn(process.stdout, "write")
      .mockImplementation((chunk: string | Uint8Array) => {
        writes.push(String(chunk));
        return true;
      });
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ unit: keyChar, minLength: 16, maxLength: 72 }).map((s) => `sk-${s}`),
          placement,
          fc.constantFrom("", "?format=text"),
          fc.constantFrom("", " ", "\u200b"),
          async (key, auth, format, dirt) => {
            const pasted = `${dirt}${key}${dirt}`;
            const { status, text, json } = await callDiagnose({
              endpoint: `${upstream.url}/echo-credentials${format}`,
              key: pasted,
              auth,
            });
            expect(status).toBe(200);
            expect(
              json.probes.some(
                (p: Json) => p.outcome.kind === "response" && p.outcome.status === 401,
              ),
            ).toBe(true);
            expect(leaked(key, text, json)).toEqual([]);
          },
        ),
        { numRuns: 40 },
      );
    } finally {
      spy.mockRestore();
    }
    const log = writes.join("");
    expect(log).toContain('"event":"diagnosis"');
    expect(log).not.toContain("echo-credentials"); // host only: no path
  });

  it("the echo test itself can fail: without redaction the key is in the upstream's answer", async () => {
    const key = "sk-canaryCANARY0123456789canary";
    const response = await fetch(`${upstream.url}/echo-credentials`, {
      headers: { authorization: `Bearer ${key}` },
    });
    const body = await response.text();
    expect(fragments(key).some((f) => body.includes(f))).toBe(true);
    expect(response.headers.get("x-request-id")).toBe(key);
  });

  it("keeps only allow-listed headers, with the key removed from them", async () => {
    const key = "sk-allowlistCanary0123456789abcdefXYZ";
    const { json } = await callDiagnose({ endpoint: `${upstream.url}/echo-credentials`, key });
    const headers = json.probes[0].outcome.headers as Record<string, string>;
    expect(headers["set-cookie"]).toBe("session="); // names only: values are sessions
    expect(Object.keys(headers)).not.toContain("content-length");
    expect(headers["x-request-id"]).toBe("[redacted]");
    expect(headers["www-authenticate"]).toContain("[redacted]");
    expect(json.probes[0].outcome.challenges[0]).toMatchObject({
      scheme: "Bearer",
      bearerError: "invalid_token",
    });
    expect(json.probes[0].outcome.bodyExcerpt.length).toBeLessThanOrEqual(2048);
  });
});
