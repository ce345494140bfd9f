// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these strings are literal unexpanded ${VAR} pastes under test.
import { describe, expect, it } from "vitest";
import { type FindingKind, inspectKey } from "@/lib/inspect";
import { ANTHROPIC, GITHUB, makeJwt, OPENAI, STRIPE } from "./keys";

type Expected = [kind: FindingKind, index: number, length: number];

interface Case {
  name: string;
  raw: string;
  findings: Expected[];
  cleaned: string;
  notARealKey?: boolean;
}

const K = OPENAI;
const L = K.length;
const JWT = makeJwt({ sub: "user-1", exp: 1_700_000_000 });

const realPastes: Case[] = [
  { name: "clean OpenAI project key", raw: K, findings: [], cleaned: K },
  { name: "clean Anthropic key", raw: ANTHROPIC, findings: [], cleaned: ANTHROPIC },
  { name: "clean GitHub token", raw: GITHUB, findings: [], cleaned: GITHUB },
  { name: "clean Stripe live key", raw: STRIPE, findings: [], cleaned: STRIPE },
  {
    name: "trailing LF from `cat key.txt`",
    raw: `${K}\n`,
    findings: [["line_break", L, 1]],
    cleaned: K,
  },
  {
    name: "trailing CRLF from a Windows file",
    raw: `${K}\r\n`,
    findings: [["line_break", L, 2]],
    cleaned: K,
  },
  {
    name: "trailing space then a line break: one finding per character",
    raw: `${K} \n`,
    findings: [
      ["trailing_whitespace", L, 1],
      ["line_break", L + 1, 1],
    ],
    cleaned: K,
  },
  {
    name: "leading space",
    raw: ` ${ANTHROPIC}`,
    findings: [["leading_whitespace", 0, 1]],
    cleaned: ANTHROPIC,
  },
  {
    name: "leading tab",
    raw: `\t${ANTHROPIC}`,
    findings: [["tab", 0, 1]],
    cleaned: ANTHROPIC,
  },
  {
    name: "line break in the middle (wrapped terminal copy)",
    raw: `${K.slice(0, 64)}\n${K.slice(64)}`,
    findings: [["line_break", 64, 1]],
    cleaned: K,
  },
  {
    name: "zero-width space inside (copied from a chat app)",
    raw: `${K.slice(0, 10)}\u200B${K.slice(10)}`,
    findings: [["zero_width", 10, 1]],
    cleaned: K,
  },
  {
    name: "word joiner inside",
    raw: `${GITHUB.slice(0, 4)}\u2060${GITHUB.slice(4)}`,
    findings: [["zero_width", 4, 1]],
    cleaned: GITHUB,
  },
  {
    name: "BOM at the start (file saved by Notepad)",
    raw: `\uFEFF${GITHUB}`,
    findings: [["bom", 0, 1]],
    cleaned: GITHUB,
  },
  {
    name: "NBSP at the end (copied from a web page)",
    raw: `${GITHUB}\u00A0`,
    findings: [["unicode_space", GITHUB.length, 1]],
    cleaned: GITHUB,
  },
  {
    name: "narrow no-break space inside",
    raw: `${STRIPE.slice(0, 12)}\u202F${STRIPE.slice(12)}`,
    findings: [["unicode_space", 12, 1]],
    cleaned: STRIPE,
  },
  {
    name: "ASCII space inside is reported and kept",
    raw: `${K.slice(0, 20)} ${K.slice(20)}`,
    findings: [["inner_space", 20, 1]],
    cleaned: `${K.slice(0, 20)} ${K.slice(20)}`,
  },
  {
    name: "NUL control character",
    raw: `${GITHUB.slice(0, 4)}\u0000${GITHUB.slice(4)}`,
    findings: [["control_char", 4, 1]],
    cleaned: GITHUB,
  },
  {
    name: "double quotes from a .env file",
    raw: `"${K}"`,
    findings: [
      ["surrounding_quotes", 0, 1],
      ["surrounding_quotes", L + 1, 1],
    ],
    cleaned: K,
  },
  {
    name: "single quotes",
    raw: `'${ANTHROPIC}'`,
    findings: [
      ["surrounding_quotes", 0, 1],
      ["surrounding_quotes", ANTHROPIC.length + 1, 1],
    ],
    cleaned: ANTHROPIC,
  },
  {
    name: "backticks from Markdown",
    raw: `\`${GITHUB}\``,
    findings: [
      ["surrounding_quotes", 0, 1],
      ["surrounding_quotes", GITHUB.length + 1, 1],
    ],
    cleaned: GITHUB,
  },
  {
    name: "smart quotes around the key (from a doc)",
    raw: `\u201C${K}\u201D`,
    findings: [
      ["surrounding_quotes", 0, 1],
      ["surrounding_quotes", L + 1, 1],
    ],
    cleaned: K,
  },
  {
    name: "a stray closing quote copied from JSON",
    raw: `${GITHUB}"`,
    findings: [["surrounding_quotes", GITHUB.length, 1]],
    cleaned: GITHUB,
  },
  {
    name: "smart apostrophe inside",
    raw: `${K.slice(0, 5)}\u2019${K.slice(5)}`,
    findings: [["smart_quote", 5, 1]],
    cleaned: `${K.slice(0, 5)}\u2019${K.slice(5)}`,
  },
  {
    name: "Bearer prefix pasted with the key",
    raw: `Bearer ${K}`,
    findings: [["scheme_prefix", 0, 7]],
    cleaned: K,
  },
  {
    name: "Bearer pasted twice, any case",
    raw: `bearer Bearer ${K}`,
    findings: [
      ["scheme_prefix", 0, 7],
      ["scheme_prefix", 7, 7],
    ],
    cleaned: K,
  },
  {
    name: "token prefix (GitHub style)",
    raw: `token ${GITHUB}`,
    findings: [["scheme_prefix", 0, 6]],
    cleaned: GITHUB,
  },
  {
    name: "BASIC prefix",
    raw: "BASIC dXNlcjpwYXNzd29yZA==",
    findings: [["scheme_prefix", 0, 6]],
    cleaned: "dXNlcjpwYXNzd29yZA==",
  },
  {
    name: "base64 padding is not an assignment",
    raw: "dXNlcjpwYXNzd29yZA==",
    findings: [],
    cleaned: "dXNlcjpwYXNzd29yZA==",
  },
  {
    name: "whole Authorization header line",
    raw: `Authorization: Bearer ${K}`,
    findings: [
      ["header_line_pasted", 0, 15],
      ["scheme_prefix", 15, 7],
    ],
    cleaned: K,
  },
  {
    name: "whole x-api-key header line",
    raw: `x-api-key: ${ANTHROPIC}`,
    findings: [["header_line_pasted", 0, 11]],
    cleaned: ANTHROPIC,
  },
  {
    name: "curl -H argument",
    raw: `-H 'Authorization: Bearer ${K}'`,
    findings: [
      ["header_line_pasted", 0, 3],
      ["surrounding_quotes", 3, 1],
      ["header_line_pasted", 4, 15],
      ["scheme_prefix", 19, 7],
      ["surrounding_quotes", 26 + L, 1],
    ],
    cleaned: K,
  },
  {
    name: ".env line",
    raw: `OPENAI_API_KEY=${K}`,
    findings: [["assignment_pasted", 0, 15]],
    cleaned: K,
  },
  {
    name: "export line with quotes and a newline",
    raw: `export ANTHROPIC_API_KEY="${ANTHROPIC}"\n`,
    findings: [
      ["assignment_pasted", 0, 25],
      ["surrounding_quotes", 25, 1],
      ["surrounding_quotes", 26 + ANTHROPIC.length, 1],
      ["line_break", 27 + ANTHROPIC.length, 1],
    ],
    cleaned: ANTHROPIC,
  },
  {
    name: "JSON line with a trailing comma",
    raw: `"api_key": "${STRIPE}",`,
    findings: [
      ["assignment_pasted", 0, 11],
      ["surrounding_quotes", 11, 1],
      ["surrounding_quotes", 12 + STRIPE.length, 1],
    ],
    cleaned: STRIPE,
  },
  {
    name: "a one-member JSON object",
    raw: `{ "apiKey": "${GITHUB}" }`,
    findings: [
      ["assignment_pasted", 2, 10],
      ["surrounding_quotes", 12, 1],
      ["surrounding_quotes", 13 + GITHUB.length, 1],
    ],
    cleaned: GITHUB,
  },
  {
    name: "YAML line",
    raw: `openai_api_key: ${K}`,
    findings: [["assignment_pasted", 0, 16]],
    cleaned: K,
  },
  {
    name: "Python assignment",
    raw: `api_key = "${K}"`,
    findings: [
      ["assignment_pasted", 0, 10],
      ["surrounding_quotes", 10, 1],
      ["surrounding_quotes", 11 + L, 1],
    ],
    cleaned: K,
  },
  {
    name: "URL pasted as the key",
    raw: "https://api.openai.com/v1/models",
    findings: [["url_pasted", 0, 32]],
    cleaned: "https://api.openai.com/v1/models",
  },
  {
    name: "Cyrillic a inside a Stripe key",
    raw: `${STRIPE.slice(0, 8)}\u0430${STRIPE.slice(9)}`,
    findings: [["homoglyph", 8, 1]],
    cleaned: `${STRIPE.slice(0, 8)}\u0430${STRIPE.slice(9)}`,
  },
  {
    name: "Greek capital omicron inside a GitHub token",
    raw: `ghp_\u039F${GITHUB.slice(5)}`,
    findings: [["homoglyph", 4, 1]],
    cleaned: `ghp_\u039F${GITHUB.slice(5)}`,
  },
  {
    name: "en dash instead of hyphen (word processor)",
    raw: `sk\u2013${K.slice(3)}`,
    findings: [["homoglyph", 2, 1]],
    cleaned: `sk\u2013${K.slice(3)}`,
  },
  {
    name: "other non-ASCII letter",
    raw: `${GITHUB}\u00E9`,
    findings: [["non_ascii", GITHUB.length, 1]],
    cleaned: `${GITHUB}\u00E9`,
  },
  {
    name: "emoji is one finding over its surrogate pair",
    raw: `${GITHUB}\u{1F600}`,
    findings: [["non_ascii", GITHUB.length, 2]],
    cleaned: `${GITHUB}\u{1F600}`,
  },
  {
    name: "a JWT with a Bearer prefix and a newline",
    raw: `Bearer ${JWT}\n`,
    findings: [
      ["scheme_prefix", 0, 7],
      ["line_break", 7 + JWT.length, 1],
    ],
    cleaned: JWT,
  },
];

const notKeys: Case[] = [
  { name: "empty", raw: "", findings: [["empty", 0, 0]], cleaned: "" },
  {
    name: "only whitespace",
    raw: "  \n",
    findings: [
      ["leading_whitespace", 0, 2],
      ["line_break", 2, 1],
      ["empty", 0, 3],
    ],
    cleaned: "",
  },
  {
    name: "empty quotes",
    raw: '""',
    findings: [
      ["surrounding_quotes", 0, 1],
      ["surrounding_quotes", 1, 1],
      ["empty", 0, 2],
    ],
    cleaned: "",
  },
  {
    name: "${VAR}",
    raw: "${OPENAI_API_KEY}",
    findings: [["unexpanded_variable", 0, 17]],
    cleaned: "${OPENAI_API_KEY}",
  },
  {
    name: "$VAR",
    raw: "$OPENAI_API_KEY",
    findings: [["unexpanded_variable", 0, 15]],
    cleaned: "$OPENAI_API_KEY",
  },
  {
    name: "%VAR%",
    raw: "%OPENAI_API_KEY%",
    findings: [["unexpanded_variable", 0, 16]],
    cleaned: "%OPENAI_API_KEY%",
  },
  {
    name: "Bearer ${VAR} from a shell script",
    raw: "Bearer ${OPENAI_API_KEY}",
    findings: [
      ["scheme_prefix", 0, 7],
      ["unexpanded_variable", 7, 17],
    ],
    cleaned: "${OPENAI_API_KEY}",
  },
  {
    name: "process.env.X",
    raw: "process.env.OPENAI_API_KEY",
    findings: [["unexpanded_variable", 0, 26]],
    cleaned: "process.env.OPENAI_API_KEY",
  },
  {
    name: 'os.environ["X"]',
    raw: 'os.environ["OPENAI_API_KEY"]',
    findings: [["unexpanded_variable", 0, 28]],
    cleaned: 'os.environ["OPENAI_API_KEY"]',
  },
  {
    name: 'os.getenv("X")',
    raw: 'os.getenv("OPENAI_API_KEY")',
    findings: [["unexpanded_variable", 0, 27]],
    cleaned: 'os.getenv("OPENAI_API_KEY")',
  },
  {
    name: "Postman {{var}}",
    raw: "{{apiKey}}",
    findings: [["unexpanded_variable", 0, 10]],
    cleaned: "{{apiKey}}",
  },
  { name: "<KEY>", raw: "<KEY>", findings: [["placeholder", 0, 5]], cleaned: "<KEY>" },
  {
    name: "<your-key>",
    raw: "<your-key>",
    findings: [["placeholder", 0, 10]],
    cleaned: "<your-key>",
  },
  {
    name: "your-api-key",
    raw: "your-api-key",
    findings: [["placeholder", 0, 12]],
    cleaned: "your-api-key",
  },
  {
    name: "YOUR_API_KEY",
    raw: "YOUR_API_KEY",
    findings: [["placeholder", 0, 12]],
    cleaned: "YOUR_API_KEY",
  },
  {
    name: "placeholder inside a prefix",
    raw: "sk-proj-your-key-here",
    findings: [["placeholder", 8, 8]],
    cleaned: "sk-proj-your-key-here",
  },
  {
    name: "sk-xxxx…",
    raw: "sk-xxxxxxxxxxxxxxxx",
    findings: [["placeholder", 0, 19]],
    cleaned: "sk-xxxxxxxxxxxxxxxx",
  },
  { name: "changeme", raw: "changeme", findings: [["placeholder", 0, 8]], cleaned: "changeme" },
  {
    name: "a local server's sentinel key (not-needed)",
    raw: "not-needed",
    findings: [["placeholder", 0, 10]],
    cleaned: "not-needed",
  },
  {
    name: "a long key still inside a template's <…> markers",
    raw: "<sk_test_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5kL7nP9rS2tU4wX6zA8cE0gI2mO4qR6uY8iT0oP2aS4dF6gH8jK0lZ2xC4v>",
    findings: [["placeholder", 0, 104]],
    cleaned:
      "<sk_test_aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dF3hJ5kL7nP9rS2tU4wX6zA8cE0gI2mO4qR6uY8iT0oP2aS4dF6gH8jK0lZ2xC4v>",
  },
  {
    name: "a Python format field never rendered",
    raw: "{api_key_deepseek}",
    findings: [["unexpanded_variable", 0, 18]],
    cleaned: "{api_key_deepseek}",
  },
  { name: "undefined", raw: "undefined", findings: [["placeholder", 0, 9]], cleaned: "undefined" },
  { name: "null", raw: "null", findings: [["placeholder", 0, 4]], cleaned: "null" },
  { name: "None", raw: "None", findings: [["placeholder", 0, 4]], cleaned: "None" },
  {
    name: "[object Object]",
    raw: "[object Object]",
    findings: [
      ["placeholder", 0, 15],
      ["inner_space", 7, 1],
    ],
    cleaned: "[object Object]",
  },
  {
    name: "null with a newline from echo",
    raw: "null\n",
    findings: [
      ["placeholder", 0, 4],
      ["line_break", 4, 1],
    ],
    cleaned: "null",
  },
  {
    name: "ellipsis redaction",
    raw: "sk-abc\u2026wxyz",
    findings: [["redacted", 6, 1]],
    cleaned: "sk-abc\u2026wxyz",
  },
  {
    name: "three-dot redaction",
    raw: "sk-proj-...sQoA",
    findings: [["redacted", 8, 3]],
    cleaned: "sk-proj-...sQoA",
  },
  { name: "sk-***", raw: "sk-***", findings: [["redacted", 3, 3]], cleaned: "sk-***" },
  {
    name: "asterisks in the middle",
    raw: "sk-XG6GW****wlmi",
    findings: [["redacted", 8, 4]],
    cleaned: "sk-XG6GW****wlmi",
  },
  {
    name: "xxxx in the middle",
    raw: "sk-abcxxxxwxyz",
    findings: [["redacted", 6, 4]],
    cleaned: "sk-abcxxxxwxyz",
  },
  {
    name: "dashboard bullets",
    raw: "sk-\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022abcd",
    findings: [["redacted", 3, 8]],
    cleaned: "sk-\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022abcd",
  },
];

function triples(raw: string): Expected[] {
  return inspectKey(raw)
    .findings.map((f): Expected => [f.kind, f.index, f.length])
    .sort(compare);
}

function compare(a: Expected, b: Expected): number {
  return a[1] - b[1] || a[0].localeCompare(b[0]) || a[2] - b[2];
}

describe("inspectKey on real pastes", () => {
  it.each(realPastes)("$name", ({ raw, findings, cleaned }) => {
    const inspection = inspectKey(raw);
    expect(triples(raw)).toEqual([...findings].sort(compare));
    expect(inspection.cleaned).toBe(cleaned);
    expect(inspection.cleanedDiffers).toBe(cleaned !== raw);
    expect(inspection.notARealKey).toBe(false);
    expect(inspection.length).toBe(raw.length);
  });

  it.each(realPastes.filter((c) => c.findings.length > 0))(
    "$name: labels and messages carry no key material",
    ({ raw, cleaned }) => {
      const text = inspectKey(raw)
        .findings.map((f) => `${f.label}\n${f.message}`)
        .join("\n");
      for (let i = 0; i + 5 <= cleaned.length; i++) {
        expect(text).not.toContain(cleaned.slice(i, i + 5));
      }
    },
  );
});

describe("inspectKey on pastes that are not a key", () => {
  it.each(notKeys)("$name", ({ raw, findings, cleaned }) => {
    const inspection = inspectKey(raw);
    expect(triples(raw)).toEqual([...findings].sort(compare));
    expect(inspection.cleaned).toBe(cleaned);
    expect(inspection.notARealKey).toBe(true);
  });
});

describe("inspectKey sentences", () => {
  // A UX review found "ends with 1 whitespace…" and "A line break is part of the paste…"
  // side by side for one trailing newline: one character must read as one sentence.
  it.each([
    [`${K}\n`, "line_break", "The key ends with a line break, ", `(at character ${L + 1}).`],
    [
      `${K}\r\n`,
      "line_break",
      "The key ends with a line break, ",
      `(at characters ${L + 1}–${L + 2}).`,
    ],
    [`${K} `, "trailing_whitespace", "The key ends with a space, ", `(at character ${L + 1}).`],
    [
      `\uFEFF${K}`,
      "bom",
      "The key starts with an invisible byte-order mark; ",
      "(at character 1).",
    ],
    [`  ${K}`, "leading_whitespace", "The key starts with 2 spaces; they ", "(at characters 1–2)."],
    [
      `${K.slice(0, 9)}\u200B${K.slice(9)}`,
      "zero_width",
      "An invisible zero-width ",
      "(at character 10).",
    ],
    [
      "sk-abc\u2026wxyz",
      "redacted",
      "Part of the key is replaced by an ellipsis, ",
      "(at character 7).",
    ],
  ] as const)("%j gives one %s finding that reads as one sentence", (raw, kind, starts, ends) => {
    const findings = inspectKey(raw).findings;
    expect(findings.map((f) => f.kind)).toEqual([kind]);
    expect(findings[0]?.message.startsWith(starts), findings[0]?.message).toBe(true);
    expect(findings[0]?.message.endsWith(ends), findings[0]?.message).toBe(true);
  });

  it("names a look-alike's real alphabet in the label, not the key's letter in the message", () => {
    const [finding] = inspectKey(`sk-proj-\u0430${K.slice(9)}`).findings;
    expect(finding?.message).toBe(
      "The key contains a look-alike character from another alphabet: it looks like an ordinary letter but is not ASCII, so the key cannot match (at character 9).",
    );
  });

  it("sums up the overflow in a sentence", () => {
    const findings = inspectKey(`${K}${"\u00E9a".repeat(30)}`).findings;
    expect(findings.at(-1)?.message).toBe(
      `The same problem appears 10 more times from character ${L + 41} on.`,
    );
  });
});

describe("inspectKey details", () => {
  it("names a homoglyph by code point and what it imitates", () => {
    const [finding] = inspectKey(`sk-proj-\u0430${K.slice(9)}`).findings;
    expect(finding?.label).toBe("U+0430 CYRILLIC SMALL LETTER A looks like 'a'");
    expect(finding?.severity).toBe("error");
  });

  it("names hidden characters by code point", () => {
    const labels = inspectKey(`\u200B${K}\u00A0`).findings.map((f) => f.label);
    expect(labels).toContain("U+200B ZERO WIDTH SPACE");
    expect(labels).toContain("U+00A0 NO-BREAK SPACE");
  });

  it("treats mostly non-ASCII text as non-ASCII, not as homoglyphs", () => {
    const kinds = new Set(inspectKey("\u043A\u043B\u044E\u0447\u0430").findings.map((f) => f.kind));
    expect(kinds).toEqual(new Set(["non_ascii"]));
  });

  it("previews the cleaned key, not the pasted prefix", () => {
    expect(inspectKey(`Bearer ${K}`).preview).toBe(`sk-…${K.slice(-4)}`);
  });

  it("decodes a JWT found after cleaning", () => {
    expect(inspectKey(`Authorization: Bearer "${JWT}"`).jwt?.sub).toBe("user-1");
    expect(inspectKey(K).jwt).toBeUndefined();
  });

  it("sums up long runs of one problem instead of listing thousands", () => {
    const raw = `${K}${"\u00E9a".repeat(500)}`;
    const findings = inspectKey(raw).findings;
    expect(findings.length).toBeLessThanOrEqual(21);
    expect(findings.at(-1)?.label).toBe("480 more like this");
  });

  it("keeps every finding inside the pasted string", () => {
    const raw = `  export KEY='Bearer ${K.slice(0, 9)}\u200B${K.slice(9)}'\r\n`;
    for (const f of inspectKey(raw).findings) {
      expect(f.index).toBeGreaterThanOrEqual(0);
      expect(f.index + f.length).toBeLessThanOrEqual(raw.length);
    }
  });
});

describe("a key of ordinary length still inside <…> or […] is a key in markers, not placeholder text", () => {
  it.each([`<${GITHUB}>`, `[${OPENAI}]`])("%s", (raw) => {
    const found = inspectKey(raw).findings.filter((f) => f.kind === "placeholder");
    expect(found.map((f) => f.label)).toEqual(["template markers"]);
    expect(found[0]?.message).toContain("the markers are not part of the key");
  });

  it.each([
    "<YOUR_API_KEY>",
    "<your-key-here>",
    "[api-key-2024-prod]",
    "<sk-proj-xxxxxxxxxxxxxxxxxxxx1234>",
  ])("%s stays placeholder text", (raw) => {
    const found = inspectKey(raw).findings.filter((f) => f.kind === "placeholder");
    expect(found[0]?.label).toBe("placeholder text");
  });
});
