import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  KEY_FORMATS,
  keyLooksLike,
  PROVIDER_IDS,
  PROVIDERS,
  providersForKey,
  REGISTRY_SIZE,
  recognizeKey,
} from "@/lib/providers";
import { literalPrefix } from "@/lib/providers/key-formats";
import { registryMatches } from "@/lib/providers/key-formats/match";
import { SAMPLE_KEYS } from "./samples";

const CATALOG_FORMATS = PROVIDERS.flatMap((p) =>
  p.keyFormats.map((f) => ({ providerId: p.id, ...f })),
);
const ALL_IDS = new Set([...KEY_FORMATS.map((f) => f.id), ...CATALOG_FORMATS.map((f) => f.id)]);

/** Fake keys generated from each format's own pattern (seeded, so a failure reproduces). */
function examples(pattern: string, count: number, seed: number): string[] {
  return fc.sample(fc.stringMatching(new RegExp(pattern)), { seed, numRuns: count });
}

/** Ids of the formats that claim a key without knowing the endpoint (catalog and registry). */
function claimedBy(key: string): string[] {
  return recognizeKey(key).map((m) => m.formatId);
}

/** The longest run of fixed characters in a pattern, outside classes, groups' syntax and counts. */
function longestLiteral(pattern: string): number {
  const stripped = pattern
    .replace(/\\[dDsSwW]/g, "\u0000")
    .replace(/\[(?:\\.|[^\]])*\]/g, "\u0000")
    .replace(/\{\d+(?:,\d*)?\}/g, "\u0000")
    .replace(/\(\?:|[()|?*+^$]/g, "\u0000")
    .replace(/\\(.)/g, "$1");
  return Math.max(...stripped.split("\u0000").map((run) => run.length));
}

describe("the key-format registry's data", () => {
  it("knows at least 150 formats beyond the catalog", () => {
    expect(REGISTRY_SIZE).toBe(KEY_FORMATS.length);
    expect(KEY_FORMATS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(KEY_FORMATS.map((f) => f.service)).size).toBeGreaterThanOrEqual(100);
  });

  it("has ids unique across the registry and the catalog", () => {
    expect(ALL_IDS.size).toBe(KEY_FORMATS.length + CATALOG_FORMATS.length);
  });

  it.each(KEY_FORMATS.map((f) => [f.id, f] as const))("%s is well formed", (_id, f) => {
    expect(f.pattern.startsWith("^") && f.pattern.endsWith("$")).toBe(true);
    expect(() => new RegExp(f.pattern)).not.toThrow();
    expect(f.service.trim()).not.toBe("");
    expect(f.kind.trim()).not.toBe("");
    expect(["exact", "likely"]).toContain(f.certainty);
    if (f.provider !== undefined) expect(PROVIDER_IDS).toContain(f.provider);
    for (const other of f.overlaps ?? []) expect(ALL_IDS.has(other)).toBe(true);
    // "exact" needs fixed text of its own: a prefix or a literal run of 3+ characters.
    if (f.certainty === "exact") {
      expect(longestLiteral(f.pattern), `${f.id}: nothing distinctive`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("literalPrefix", () => {
  it.each([
    ["^shpat_[a-fA-F0-9]{32}$", "shpat_"],
    ["^sk-or-v1-[a-f0-9]{64}$", "sk-or-v1-"],
    ["^hvs\\.[A-Za-z0-9_-]{90,120}$", "hvs."],
    ["^dp\\.pt\\.[A-Za-z0-9]{40,44}$", "dp.pt."],
    ["^A{22}[A-Za-z0-9%]{80,120}$", ""],
    ["^tvly-(?:dev-)?[A-Za-z0-9]{32}$", "tvly-"],
    ["^dapi[a-f0-9]{32}(?:-[0-9])?$", "dapi"],
    ["^ab?c$", "a"],
    ["^[0-9]{5,16}:AA$", ""],
  ])("%s starts with %j", (pattern, prefix) => {
    expect(literalPrefix(pattern)).toBe(prefix);
  });
});

describe("every format has examples that only it claims", () => {
  it.each(KEY_FORMATS.map((f, i) => [f.id, f, i] as const))("%s", (_id, f, i) => {
    const allowed = new Set([f.id, ...(f.overlaps ?? [])]);
    for (const key of examples(f.pattern, 12, 1000 + i)) {
      const mine = registryMatches(key).map((m) => m.formatId);
      expect(mine, key).toContain(f.id);
      const intruders = claimedBy(key).filter((id) => !allowed.has(id));
      expect(intruders, `${f.id}: also claimed by ${intruders.join(", ")}`).toEqual([]);
      expect(recognizeKey(key)[0]?.formatId).toBe(f.id);
    }
  });

  it.each(CATALOG_FORMATS.map((f) => [f.id, f] as const))(
    "the catalog's %s sample is claimed by no registry format",
    (_id, f) => {
      expect(registryMatches(SAMPLE_KEYS[f.id]!)).toEqual([]);
    },
  );

  it("a registry format tied to a catalog provider is that provider's own key", () => {
    const runner = examples("^glrt-[A-Za-z0-9_-]{20}$", 1, 7)[0]!;
    expect(recognizeKey(runner, "gitlab")[0]).toMatchObject({
      formatId: "gitlab-runner-token",
      providerId: "gitlab",
      description: "a GitLab runner authentication token (glrt-…)",
    });
  });
});

// ── false positives ──────────────────────────────────────────────────────────
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";
const fromAlphabet = (alphabet: string, length: number) =>
  fc
    .array(fc.nat({ max: alphabet.length - 1 }), { minLength: length, maxLength: length })
    .map((idx) => idx.map((n) => alphabet[n]).join(""));
const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const base64url = (bytes: Uint8Array) =>
  base64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const bytes = (n: number) => fc.uint8Array({ minLength: n, maxLength: n });
const jwtLike = fc
  .tuple(
    fc.constantFrom("HS256", "RS256", "ES256", "EdDSA"),
    fc.uint8Array({ minLength: 20, maxLength: 200 }),
    bytes(32),
  )
  .map(
    ([alg, claims, sig]) =>
      `${base64url(new TextEncoder().encode(JSON.stringify({ alg, typ: "JWT" })))}.${base64url(claims)}.${base64url(sig)}`,
  );

/** The common shapes of keys, ids and hashes that must never be taken for a service's key. */
const SHAPES = {
  "32 hex": fromAlphabet(HEX, 32),
  "64 hex": fromAlphabet(HEX, 64),
  "UUID v4": fc.uuid({ version: 4 }),
  "40 letters and digits": fromAlphabet(ALNUM, 40),
  "32 letters and digits": fromAlphabet(ALNUM, 32),
  "base64 of 24 bytes": bytes(24).map(base64),
  "base64 of 32 bytes": bytes(32).map(base64),
  "JWT-like": jwtLike,
} as const;

// 100k per shape (about a second each): the rate the README reports. WHY401_FP_RUNS lowers it.
const RUNS = Number(process.env.WHY401_FP_RUNS ?? 100_000);

describe("random strings of common shapes claim no service", () => {
  it.each(Object.entries(SHAPES))(
    "%s: no format of the registry or the catalog claims it",
    (_shape, arb) => {
      fc.assert(
        fc.property(arb, (key) => recognizeKey(key).length === 0),
        { numRuns: RUNS, seed: 401 },
      );
    },
    120_000,
  );

  it.each(Object.entries(SHAPES))(
    "%s: on a provider's host only that provider's own bare shape may fit",
    (_shape, arb) => {
      fc.assert(
        fc.property(arb, fc.constantFrom(...PROVIDER_IDS), (key, endpoint) =>
          recognizeKey(key, endpoint).every(
            (m) => m.providerId === endpoint && m.certainty === "possible",
          ),
        ),
        { numRuns: 2_000, seed: 402 },
      );
    },
  );
});

describe("bare shapes and the endpoint", () => {
  const mistralShaped = "Q7bz3Kq9TfWm2XcR8sLp4YhN6dJv1GaE";

  it("32 letters and digits is no Mistral key elsewhere, and only 'possible' on Mistral", () => {
    expect(providersForKey(mistralShaped).map((m) => m.providerId)).toEqual(["mistral"]);
    expect(recognizeKey(mistralShaped)).toEqual([]);
    expect(recognizeKey(mistralShaped, "openai")).toEqual([]);
    expect(recognizeKey(mistralShaped, "mistral")).toEqual([
      expect.objectContaining({ providerId: "mistral", certainty: "possible" }),
    ]);
  });

  it("a distinctive catalog prefix is exact, a 2-letter one likely", () => {
    expect(recognizeKey(SAMPLE_KEYS["groq-key"]!)[0]).toMatchObject({
      providerId: "groq",
      certainty: "exact",
      source: "catalog",
    });
    expect(recognizeKey(SAMPLE_KEYS["twilio-api-key-sid"]!)[0]).toMatchObject({
      providerId: "twilio",
      certainty: "likely",
    });
  });

  it("keyLooksLike gives the best match as a phrase, without key material", () => {
    const key = `shpat_${"0123456789abcdef".repeat(2)}`;
    expect(keyLooksLike(key)).toEqual({
      service: "Shopify",
      description: "a Shopify Admin API access token (shpat_…)",
      certainty: "exact",
    });
    expect(keyLooksLike(mistralShaped)).toBeUndefined();
  });
});

describe("hostile keys stay linear", () => {
  // No timing threshold (the bench measures speed): a catastrophic pattern would run for
  // minutes, which the test timeout turns into a failure.
  const units = ["a", "A1", ".", "-", "=", "-----END ", "a.", "1/", ":AA", "|", " "];
  const size = 8 * 1024;
  const starts = [
    ...new Set(KEY_FORMATS.map((f) => literalPrefix(f.pattern)).filter((p) => p !== "")),
    "-----BEGIN PRIVATE KEY-----",
    "ssh-ed25519 AAAA",
    "prod:abc|",
    "1234567890:AA",
    "",
  ];
  it(`every format's start followed by 8 KB of ${units.length} repeated units`, () => {
    for (const start of starts) {
      for (const unit of units) {
        const key = start + unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
        expect(Array.isArray(recognizeKey(key, "mistral"))).toBe(true);
      }
    }
  }, 60_000);
});
