import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callDiagnose, openRouteToMockUpstream } from "../../mock-upstream/route-client";
import type { MockUpstream } from "../../mock-upstream/server";

/** Hostile input on POST /api/diagnose (see docs/security.md): a 4xx in the one error shape, never a 500. */

let upstream: MockUpstream;
beforeAll(async () => {
  upstream = await openRouteToMockUpstream();
});
afterAll(() => upstream.close());

const KEY = "sk-hostile0123456789abcdefghijklmnop";
const deep = (n: number) => "[".repeat(n) + "]".repeat(n);

const CASES: { name: string; body: unknown; status: number; code: string }[] = [
  { name: "malformed JSON", body: '{"key": "x",', status: 400, code: "invalid_json" },
  { name: "not an object", body: "[1,2,3]", status: 400, code: "validation_failed" },
  { name: "null", body: "null", status: 400, code: "validation_failed" },
  { name: "key missing", body: {}, status: 400, code: "validation_failed" },
  { name: "key a number", body: { key: 42 }, status: 400, code: "validation_failed" },
  {
    name: "key an object",
    body: { key: { toString: "x" } },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "huge key",
    body: { key: "k".repeat(17 * 1024) },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "huge body field",
    body: { key: KEY, method: "POST", body: "b".repeat(40 * 1024) },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "huge request",
    body: { key: "k".repeat(200 * 1024) },
    status: 413,
    code: "payload_too_large",
  },
  {
    name: "deep nesting",
    body: `{"key":"x","headers":${deep(5000)}}`,
    status: 400,
    code: "validation_failed",
  },
  { name: "very deep nesting", body: deep(60_000), status: 400, code: "validation_failed" },
  {
    name: "__proto__ at the top",
    body: `{"key":"x","__proto__":{"polluted":true}}`,
    status: 400,
    code: "validation_failed",
  },
  {
    name: "constructor at the top",
    body: { key: "x", constructor: { prototype: {} } },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "__proto__ header",
    body: `{"key":"x","headers":{"__proto__":"x"}}`,
    status: 400,
    code: "validation_failed",
  },
  {
    name: "unknown field",
    body: { key: "x", follow: true },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "unknown method",
    body: { key: "x", method: "TRACE" },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "lower-case method",
    body: { key: "x", method: "get" },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "unknown placement",
    body: { key: "x", auth: { placement: "cookie" } },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "unknown provider",
    body: { key: "x", provider: "openai2" },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "tryVariants a string",
    body: { key: "x", tryVariants: "yes" },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "endpoint not a URL",
    body: { key: "x", endpoint: "not a url" },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "endpoint file:",
    body: { key: "x", endpoint: "file:///etc/passwd" },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "CR/LF in a header value",
    body: { key: "x", headers: { "x-a": "a\r\nHost: evil" } },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "NUL in a header value",
    body: { key: "x", headers: { "x-a": "a\u0000b" } },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "space in a header name",
    body: { key: "x", headers: { "x a": "b" } },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "CR/LF in the auth header name",
    body: { key: "x", auth: { placement: "header", name: "x-key\r\nx" } },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "header placement without a name",
    body: { key: "x", auth: { placement: "header" } },
    status: 400,
    code: "validation_failed",
  },
  { name: "body on GET", body: { key: "x", body: "{}" }, status: 400, code: "validation_failed" },
  {
    name: "too many headers",
    body: {
      key: "x",
      headers: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`x-h${i}`, "v"])),
    },
    status: 400,
    code: "validation_failed",
  },
  {
    name: "auth header duplicated in headers",
    body: { key: "x", auth: { placement: "bearer" }, headers: { Authorization: "Bearer other" } },
    status: 400,
    code: "validation_failed",
  },
  ...[
    "Host",
    "connection",
    "Keep-Alive",
    "Proxy-Authorization",
    "proxy-connection",
    "TE",
    "trailer",
    "Transfer-Encoding",
    "upgrade",
    "content-length",
    "Metadata-Flavor",
    "Metadata",
    "X-aws-ec2-metadata-token",
  ].map((h) => ({
    name: `forbidden header ${h}`,
    body: { key: "x", endpoint: `${"http://127.0.0.1:1"}/ok`, headers: { [h]: "v" } },
    status: 400,
    code: "validation_failed",
  })),
];

describe("hostile input on POST /api/diagnose", () => {
  it.each(CASES)("$name → $status $code", async ({ body, status, code }) => {
    const response = await callDiagnose(body);
    expect(response.status).toBe(status);
    expect(response.json).toEqual({ error: { code, message: expect.any(String) } });
    expect(response.text).not.toMatch(/at .*\.(ts|js):\d+/); // no stack
  });

  it("a wrong content type is 415", async () => {
    const response = await callDiagnose({ key: "x" }, { "content-type": "text/plain" });
    expect(response.status).toBe(415);
  });

  it("an error message never quotes the key", async () => {
    const key = "sk-secretInErrorMessage0123456789";
    const responses = await Promise.all([
      callDiagnose({ key, method: "NOPE" }),
      callDiagnose({ key, headers: { "x-a": `${key}\n` } }),
      callDiagnose({ key, endpoint: `ftp://${key}` }),
      callDiagnose({ key: 1, extra: key }),
    ]);
    for (const r of responses) {
      expect(r.status).toBe(400);
      expect(r.text).not.toContain("0123456789");
    }
  });

  it.each([
    ["a lone surrogate", "sk-abc\ud800def0123456789xyz"],
    ["a reversed pair", "sk-abc\udc00\ud800def0123456789xyz"],
    ["an emoji", "sk-abc😀def0123456789xyz"],
    ["NUL and controls", "sk-abc\u0000\u0007def0123456789xyz"],
  ])("a key with %s is diagnosed, not a 500", async (_name, key) => {
    for (const placement of ["bearer", "basic", "query", "header"] as const) {
      const auth =
        placement === "header" || placement === "query"
          ? { placement, name: "key" }
          : { placement };
      const { status, json } = await callDiagnose({
        endpoint: `${upstream.url}/echo-credentials`,
        key,
        auth,
      });
      expect(status, `${placement}: ${JSON.stringify(json)}`).toBe(200);
    }
  });

  it("answers normally afterwards", async () => {
    const { status, json } = await callDiagnose({ endpoint: `${upstream.url}/ok`, key: KEY });
    expect(status).toBe(200);
    expect(json.version).toBe(2);
  });

  it("fuzz: random request shapes never produce a 500", async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
    );
    const field = fc.constantFrom(
      "endpoint",
      "method",
      "key",
      "auth",
      "headers",
      "body",
      "provider",
      "tryVariants",
      "__proto__",
      "constructor",
      "x",
    );
    const request = fc.oneof(
      fc.dictionary(field, value, { maxKeys: 6 }),
      fc.record(
        {
          key: fc.string({ unit: "binary", maxLength: 60 }),
          endpoint: fc.constantFrom(
            `${upstream.url}/echo-credentials`,
            `${upstream.url}/ok`,
            "nope",
          ),
          method: fc.constantFrom("GET", "POST", "HEAD", "DELETE", "get", "TRACE"),
          auth: fc.record(
            {
              placement: fc.constantFrom(
                "bearer",
                "authorization",
                "header",
                "query",
                "basic",
                "auto",
                "x",
              ),
              name: fc.string({ maxLength: 20 }),
            },
            { requiredKeys: ["placement"] },
          ),
          headers: fc.dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 30 }), {
            maxKeys: 4,
          }),
          provider: fc.constantFrom("openai", "anthropic", "custom", "nope"),
          tryVariants: fc.boolean(),
        },
        { requiredKeys: ["key"] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(request, async (body) => {
        const response = await callDiagnose(body);
        expect(response.status).toBeLessThan(500);
        if (response.status !== 200) expect(response.json?.error?.code).toEqual(expect.any(String));
      }),
      { numRuns: 120 },
    );
  });
});
