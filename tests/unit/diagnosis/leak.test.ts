import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/diagnosis";
import { inspectKey } from "@/lib/inspect";
import { getProvider } from "@/lib/providers";
import { buildEvidence, type EvidenceSpec, type ProbeSpec, recorded } from "./build-evidence";
import { CASES } from "./cases";
import { inline } from "./inline-answers";

/** Every 6-character run of `secret` that appears in `text`. */
function fragmentsIn(text: string, secret: string): string[] {
  const found: string[] = [];
  for (let i = 0; i + 6 <= secret.length; i++) {
    const f = secret.slice(i, i + 6);
    if (text.includes(f)) found.push(f);
  }
  return found;
}

async function reportText(spec: EvidenceSpec): Promise<string> {
  const r = buildReport(await buildEvidence(spec), "2026-11-27T12:00:00.000Z");
  return JSON.stringify({ causes: r.causes, verdict: r.verdict });
}

/** The key minus its public format prefix (sk-proj-, ghp_…): the part that is secret. */
function secretPart(key: string): string {
  let cut = 0;
  for (const id of [
    "openai",
    "anthropic",
    "github",
    "gitlab",
    "stripe",
    "slack",
    "gemini",
    "groq",
    "xai",
    "huggingface",
    "sendgrid",
    "twilio",
  ] as const) {
    for (const f of getProvider(id).keyFormats) {
      if (f.prefix && key.startsWith(f.prefix)) cut = Math.max(cut, f.prefix.length);
    }
  }
  return key.slice(cut);
}

const SECRET_FREE = /^(\$\{|your-|sk-proj-…|$)/;

describe("no cause text carries the key", () => {
  it.each(CASES.filter((c) => !SECRET_FREE.test(c.spec.key)).map((c) => [c.name, c] as const))(
    "%s",
    async (_name, c) => {
      const pasted = c.spec.key
        .trim()
        // Scheme words are not secret, however many times they were pasted.
        .replace(/^((Bearer|token|Authorization: Bearer) )+/, "")
        .replace(/^["'\u201c]|["'\u201d]$/g, "");
      const secret = secretPart(pasted);
      expect(fragmentsIn(await reportText(c.spec), secret)).toEqual([]);
    },
  );

  const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
  const key = fc
    .array(fc.constantFrom(...ALPHABET), { minLength: 16, maxLength: 120 })
    .map((cs) => cs.join(""));
  const scenarios: ((k: string) => ProbeSpec[])[] = [
    () => [
      recorded("as-sent", "express-plain-unauthorized"),
      recorded("no-credential", "express-plain-unauthorized"),
    ],
    () => [recorded("as-sent", "kong-invalid-credentials")],
    () => [inline("as-sent", "customOk")],
    // An upstream that echoes the key verbatim, which the probe would have redacted.
    (k): ProbeSpec[] => [
      {
        variant: "as-sent",
        status: 401,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ error: `invalid api key ${k}` }),
      },
      {
        variant: "no-credential",
        status: 401,
        headers: {},
        body: JSON.stringify({ error: "missing api key" }),
      },
    ],
    (k) => [
      { variant: "as-sent", status: 403, headers: {}, body: `<h1>Key ${k} is not allowed</h1>` },
    ],
  ];

  it("property: random keys, any scenario, with or without probe redaction", async () => {
    await fc.assert(
      fc.asyncProperty(
        key,
        fc.integer({ min: 0, max: scenarios.length - 1 }),
        fc.constantFrom(" ", "", "\u200b", '"'),
        async (k, i, decoration) => {
          const text = await reportText({
            key: decoration === '"' ? `"${k}"` : `${k}${decoration}`,
            probes: scenarios[i]!(k),
            unredacted: true,
          });
          expect(text.includes(k)).toBe(false);
          expect(fragmentsIn(text, k)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("the scrubber masks what slipped past the probe's redaction", () => {
  const reportFor = (key: string, body: string, environment?: EvidenceSpec["environment"]) =>
    reportText({
      key,
      probes: [
        { variant: "as-sent", status: 401, headers: {}, body },
        { variant: "no-credential", status: 401, headers: {}, body: '{"error":"missing key"}' },
      ],
      environment,
      unredacted: true,
    });

  it("leaves nothing of a 15-character partial echo (not just its first window)", async () => {
    const key = `k_${"AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"}`;
    const partial = key.slice(5, 20);
    const text = await reportFor(key, JSON.stringify({ error: `invalid key ${partial}***` }));
    expect(fragmentsIn(text, key.slice(2))).toEqual([]);
  });

  it("still masks a real key that merely contains a $variable-like run", async () => {
    const key = "Zq8$vT3kLmN0pQ7rS2tU9wX4yB6cD1eF";
    expect(inspectKey(key).findings.some((f) => f.kind === "unexpanded_variable")).toBe(true);
    const text = await reportFor(key, JSON.stringify({ error: `invalid key ${key}` }));
    expect(fragmentsIn(text, key)).toEqual([]);
  });

  it("keeps the public prefix of a redacted paste readable", async () => {
    const text = await reportFor(
      "sk-proj-…abcd",
      JSON.stringify({ error: { message: "Incorrect API key provided: sk-proj-****abcd." } }),
    );
    expect(text).toContain("sk-proj-****abcd");
  });

  it("quotes a printed fingerprint only when it is one (a key pasted there stays out)", async () => {
    const key = `k_${"Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0PpOoNn"}`;
    const other = "sk-live-Q7vX2mK9pL4wR8tZ3nB6yH1cF5jD0sGq";
    const text = await reportFor(key, '{"error":"invalid key"}', {
      fingerprintCheck: { printed: other, matches: false, source: other },
    });
    expect(fragmentsIn(text, other)).toEqual([]);
    expect(text).toContain("a different fingerprint");
  });
});

it("names a plain source label beside a printed fingerprint", async () => {
  const text = await reportText({
    key: `k_${"Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0PpOoNn"}`,
    environment: {
      fingerprintCheck: { printed: "sha256:0a1b2c3d", matches: false, source: "Docker container" },
    },
  });
  expect(text).toContain("(Docker container) sees a key with fingerprint sha256:0a1b2c3d");
});
