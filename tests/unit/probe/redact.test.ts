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

describe("createRedactor under hostile input", () => {
  it("removes hex dumps of the key in either case", () => {
    const hex = Buffer.from(KEY, "utf8").toString("hex");
    const r = createRedactor([KEY]);
    for (const text of [`dump=${hex}`, `DUMP=${hex.toUpperCase()}`]) {
      expect(r.text(text)).toContain(REDACTED);
      expect(r.text(text)).not.toContain(hex.slice(10, 40));
      expect(r.text(text).toLowerCase()).not.toContain(hex.slice(10, 40));
    }
  });

  it("removes a case-folded echo of the key", () => {
    const r = createRedactor([KEY]);
    for (const text of [`unknown key ${KEY.toUpperCase()}`, `unknown key ${KEY.toLowerCase()}`]) {
      expect(r.text(text)).toBe(`unknown key ${REDACTED}`);
    }
  });

  it("stays fast on a 64 KB body full of masks, with the most secrets a request can carry", () => {
    // A crafted upstream answer ("a..a..a..") once cost ~0.3 s per secret per probe:
    // seconds of blocked event loop for one diagnose request.
    const secrets = Array.from({ length: 34 }, (_, i) => `${"a".repeat(40)}${i}${KEY}`);
    const r = createRedactor(secrets);
    const bodies = [
      "a..".repeat(22_000),
      "a.".repeat(32_000),
      `${"a".repeat(255)}*`.repeat(256),
      "sk-..".repeat(13_000),
      `***${KEY.slice(-5)}`.repeat(8_000),
    ];
    const started = performance.now();
    for (const body of bodies) r.text(body.slice(0, 64 * 1024));
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it("short keys (4–5 characters) neither crash nor leak; shorter ones leave prose alone", () => {
    expect(createRedactor(["k3y!"]).text("use k3y! or K3Y! not k3y here")).toBe(
      `use ${REDACTED} or ${REDACTED} not k3y here`,
    );
    expect(createRedactor(["a*b.c"]).text("x a*b.c y")).toBe(`x ${REDACTED} y`);
    const body = "the quick brown fox ".repeat(1000);
    expect(createRedactor(["the"]).text(body)).toBe(body);
  });

  it("treats regex metacharacters in a key as plain text", () => {
    const key = ["a.*+?^$", "{}()|[]\\/b0123456789"].join("");
    const r = createRedactor([key]);
    expect(r.text(`x ${key} y aXXXXb0123456789`)).not.toContain(key);
    expect(r.text("aaaa bbbb cccc")).toBe("aaaa bbbb cccc");
  });
});
