import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type FindingKind, inspectKey, previewKey } from "@/lib/inspect";

const KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".split("");
const PREFIXES = [
  "sk-",
  "sk-proj-",
  "sk-ant-api03-",
  "ghp_",
  "github_pat_",
  "xai-",
  "gsk_",
  "hf_",
  "AIza",
  "",
];

/**
 * A clean random key: a real provider prefix and a body of key characters. A run of four
 * x's is excluded because it is exactly what a redacted paste looks like.
 */
const cleanKey = fc
  .tuple(
    fc.constantFrom(...PREFIXES),
    fc.string({ unit: fc.constantFrom(...KEY_CHARS), minLength: 16, maxLength: 120 }),
  )
  .map(([prefix, body]) => `${prefix}${body}`)
  .filter((key) => !/xxxx|XXXX/.test(key));

const INVISIBLE: [string, FindingKind][] = [
  ["\r", "line_break"],
  ["\n", "line_break"],
  ["\t", "tab"],
  ["\u200B", "zero_width"],
  ["\u200C", "zero_width"],
  ["\u200D", "zero_width"],
  ["\u2060", "zero_width"],
  ["\uFEFF", "bom"],
  ["\u00A0", "unicode_space"],
  ["\u1680", "unicode_space"],
  ...Array.from({ length: 11 }, (_, i): [string, FindingKind] => [
    String.fromCharCode(0x2000 + i),
    "unicode_space",
  ]),
  ["\u202F", "unicode_space"],
  ["\u205F", "unicode_space"],
  ["\u3000", "unicode_space"],
];

describe("inspectKey properties", () => {
  it("a clean key yields no finding and is its own cleaned form", () => {
    fc.assert(
      fc.property(cleanKey, (key) => {
        const inspection = inspectKey(key);
        expect(inspection.findings).toEqual([]);
        expect(inspection.cleaned).toBe(key);
        expect(inspection.cleanedDiffers).toBe(false);
        expect(inspection.notARealKey).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("an invisible character inserted anywhere is found exactly at its index and cleaned away", () => {
    fc.assert(
      fc.property(cleanKey, fc.constantFrom(...INVISIBLE), fc.nat(), (key, [char, kind], at) => {
        const index = at % (key.length + 1);
        const raw = key.slice(0, index) + char + key.slice(index);
        const inspection = inspectKey(raw);
        const hit = inspection.findings.find(
          (f) => f.kind === kind && f.index === index && f.length === 1,
        );
        expect(hit, `${kind} at ${index}`).toBeDefined();
        expect(inspection.cleaned).toBe(key);
        expect(inspection.cleanedDiffers).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("an invisible character inserted anywhere yields exactly one finding", () => {
    fc.assert(
      fc.property(
        cleanKey,
        fc.constantFrom<[string, FindingKind]>(...INVISIBLE, [" ", "inner_space"]),
        fc.nat(),
        (key, [char], at) => {
          const index = at % (key.length + 1);
          const findings = inspectKey(key.slice(0, index) + char + key.slice(index)).findings;
          expect(findings.map((f) => [f.kind, f.index, f.length])).toHaveLength(1);
        },
      ),
      { numRuns: 1000 },
    );
  });

  const messyPaste = fc
    .array(
      fc.constantFrom(
        "Bearer ",
        "bearer",
        "token ",
        "Basic\u00A0",
        " ",
        "\t",
        "\r\n",
        "\u200B",
        "\uFEFF",
        "\u00A0",
        "'",
        '"',
        "`",
        "\u201C",
        "\u201D",
        "Authorization: ",
        "X-API-Key:",
        "OPENAI_API_KEY=",
        "export ",
        '"api_key": ',
        "-H ",
        ":",
        "=",
        ",",
        "sk-proj-abc",
        "ghp_Q1w2",
        "${",
        "}",
        "x",
        "\u2026",
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(""));

  it("cleaning is idempotent on messy pastes", () => {
    fc.assert(
      fc.property(messyPaste, (raw) => {
        const once = inspectKey(raw).cleaned;
        const twice = inspectKey(once);
        expect(twice.cleaned).toBe(once);
        expect(twice.cleanedDiffers).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("cleaning is idempotent on arbitrary Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (raw) => {
        const once = inspectKey(raw).cleaned;
        expect(inspectKey(once).cleaned).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it("every finding lies inside the paste and carries a label and a message", () => {
    fc.assert(
      fc.property(fc.oneof(messyPaste, fc.string({ unit: "binary", maxLength: 40 })), (raw) => {
        for (const f of inspectKey(raw).findings) {
          expect(f.index).toBeGreaterThanOrEqual(0);
          expect(f.index + f.length).toBeLessThanOrEqual(raw.length);
          expect(f.label.length).toBeGreaterThan(0);
          expect(f.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("finding messages", () => {
  // The report's key summary shows each finding's message to a person: a sentence, never a
  // bare code point name like "U+2026 HORIZONTAL ELLIPSIS" (that is what the label is for).
  const samples = fc.oneof(
    fc.string({ unit: "binary", maxLength: 40 }),
    fc
      .tuple(
        cleanKey,
        fc.constantFrom(
          "\u2026",
          "***",
          "...",
          "\u2022\u2022\u2022",
          "xxxx",
          "\u0430",
          "\u00E9",
          "\u{1F600}",
          '"',
          "\u2019",
        ),
        fc.nat(),
      )
      .map(([key, part, at]) => {
        const index = at % (key.length + 1);
        return key.slice(0, index) + part + key.slice(index);
      }),
  );

  it("every message is a sentence and never a code point label", () => {
    fc.assert(
      fc.property(samples, (raw) => {
        for (const f of inspectKey(raw).findings) {
          expect(f.message, f.label).toMatch(/^["A-Z]/);
          expect(f.message, f.label).toMatch(/\.$/);
          expect(f.message, f.label).not.toMatch(/U\+[0-9A-F]{4}/);
          expect(f.message).not.toBe(f.label);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("previewKey", () => {
  it.each([
    ["", "…"],
    ["sk-abcd", "…"],
    ["sk-abcde", "sk…de"],
    ["sk-abcdefgh", "sk…gh"],
    ["sk-abcdefghi", "sk-…ghi"],
    ["sk-abcdefghijk", "sk-…hijk"],
    ["sk-proj-abcdefghijklmnopqrstuvwXyZ", "sk-…wXyZ"],
  ])("previewKey(%j) is %j", (raw, preview) => {
    expect(previewKey(raw)).toBe(preview);
  });

  it("never shows more than 7 characters nor more than half of the key", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), (raw) => {
        const shown = previewKey(raw).length - 1;
        expect(shown).toBeLessThanOrEqual(7);
        expect(shown).toBeLessThanOrEqual(raw.length / 2);
      }),
    );
  });

  it("never splits a surrogate pair", () => {
    const preview = previewKey("\u{1F511}abcdefghijklm\u{1F511}");
    expect(preview).not.toMatch(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
    );
  });
});
