import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRedactor, REDACTED } from "@/lib/probe/redact";

const KEY = "sk-proj-AbCdEf123456XyZ9uvWXqrST7890lmNOpqRSTuvwxyzAB12sQoA";
const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
const b64url = (s: string) => Buffer.from(s, "utf8").toString("base64url");

function grams(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 6 <= key.length; i++) out.push(key.slice(i, i + 6));
  return out;
}

function leaks(text: string, key: string): string[] {
  return grams(key).filter((g) => text.includes(g));
}

describe("createRedactor", () => {
  const redactor = createRedactor([KEY]);
  const CASES: [string, string][] = [
    ["raw", `token ${KEY} rejected`],
    ["URL-encoded", `url=https://x/?k=${encodeURIComponent(`${KEY}/+`)}`],
    ["JSON-escaped", JSON.stringify({ k: `${KEY}` })],
    ["base64", `Basic ${b64(KEY)}`],
    ["base64url", b64url(KEY)],
    ["base64(key:)", `Authorization: Basic ${b64(`${KEY}:`)}`],
    ["base64(user:key)", `Basic ${b64(`user:${KEY}`)}`],
    ["base64(ab:key)", `Basic ${b64(`ab:${KEY}`)}`],
    ["base64(abc:key)", `Basic ${b64(`abc:${KEY}`)}`],
    ["OpenAI mask", `Incorrect API key provided: sk-proj-********************sQoA. You can find`],
    ["dots", `key sk-proj-...sQoA was revoked`],
    ["short mask", `sk-pro***sQoA`],
    ["stars only then tail", `key ****************sQoA`],
    ["a fragment", `we saw Cdef123456XyZ9 in your header`],
  ];

  it.each(CASES)("removes the %s form", (_name, text) => {
    const out = redactor.text(text);
    expect(out).toContain(REDACTED);
    expect(leaks(out, KEY)).toEqual([]);
    expect(out).not.toMatch(/sQoA/);
  });

  it("keeps prose that holds nothing of the key", () => {
    const text =
      'Bearer realm="api", error="invalid_token" — Incorrect API key provided: sk-XG6GW****wlmi.';
    expect(redactor.text(text)).toBe(text);
  });

  it("redacts parsed JSON, including escapes that hide the key from text matching", () => {
    const parsed = JSON.parse(
      `{"${KEY}": ["\\u0073k-proj-AbCdEf123456XyZ9uvWXqrST7890lmNOpqRSTuvwxyzAB12sQoA"]}`,
    );
    const out = JSON.stringify(redactor.value(parsed));
    expect(leaks(out, KEY)).toEqual([]);
  });

  it("treats a __proto__ key in parsed JSON as data", () => {
    const out = redactor.value(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<
      string,
      unknown
    >;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(out)).toEqual(["__proto__"]);
  });

  it("leaves very short secrets alone (they are placeholders, not keys)", () => {
    expect(createRedactor(["abc"]).text("abc def")).toBe("abc def");
  });

  it("property: no 6-character fragment of a random key survives any encoding", () => {
    const keyChar = fc.constantFrom(
      ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~+/=:!$%&*@",
    );
    fc.assert(
      fc.property(
        fc.string({ unit: keyChar, minLength: 12, maxLength: 80 }),
        fc.string({ maxLength: 6 }),
        fc.string({ maxLength: 40 }),
        (key, user, filler) => {
          const r = createRedactor([key]);
          const encodings = [
            key,
            encodeURIComponent(key),
            JSON.stringify(key),
            b64(key),
            b64url(key),
            b64(`${user}:${key}`),
            b64(`${key}:`),
            `${key.slice(0, 6)}***${key.slice(-4)}`,
            `${key.slice(0, 8)}...${key.slice(-4)}`,
          ];
          const text = encodings.map((e) => `${filler} ${e} ${filler}`).join("\n");
          const out = r.text(text);
          expect(leaks(out, key)).toEqual([]);
          for (const e of encodings.slice(0, 7)) expect(out.includes(e)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("property: unicode keys (non-Latin-1, emoji) are removed in raw, JSON and URL forms", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 8, maxLength: 40 }), (key) => {
        fc.pre([...key].length >= 8);
        const r = createRedactor([key]);
        const text = `${key} | ${JSON.stringify(key)} | ${encodeURIComponent(key)} | ${b64(key)}`;
        expect(leaks(r.text(text), key)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
