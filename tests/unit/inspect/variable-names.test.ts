import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis";
import { inspectKey } from "@/lib/inspect";
import { buildEvidence } from "../diagnosis/build-evidence";
import { alnum, hex, KEYS } from "../diagnosis/keys";

const VARIABLE_KINDS = new Set(["unexpanded_variable", "placeholder"]);
const kindsOf = (raw: string) => inspectKey(raw).findings.map((f) => f.kind);

/** Each spelling, and the words the fix for its runtime must use. */
const SPELLINGS: [string, RegExp][] = [
  ["OPENAI_API_KEY", /name, not its value/],
  ["HF_TOKEN", /name, not its value/],
  ["AWS_SECRET_ACCESS_KEY", /name, not its value/],
  ["stripe_secret_key", /name, not its value/],
  ["process.env.OPENAI_API_KEY", /Node\.js/],
  ["import.meta.env.VITE_API_KEY", /Node\.js/],
  ['os.environ["OPENAI_API_KEY"]', /Python/],
  ['os.getenv("HF_TOKEN")', /Python/],
  ["$env:OPENAI_API_KEY", /PowerShell/],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text a user pastes.
  ["${{ secrets.OPENAI_API_KEY }}", /GitHub Actions/],
  ["{{api_key}}", /Postman/],
  ["%OPENAI_API_KEY%", /cmd/],
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text a user pastes.
  ["${OPENAI_API_KEY}", /shell/],
  ["$OPENAI_API_KEY", /shell/],
  ['ENV["OPENAI_API_KEY"]', /Ruby/],
  ["ENV.fetch('STRIPE_KEY')", /Ruby/],
  ['System.getenv("API_TOKEN")', /Java/],
  ["<OPENAI_API_KEY>", /real key/],
];

describe("a variable's name or reference pasted as the key", () => {
  it.each(SPELLINGS)("%s is key_placeholder, with the fix for its runtime", async (raw, fix) => {
    const inspection = inspectKey(raw);
    expect(inspection.findings.some((f) => VARIABLE_KINDS.has(f.kind))).toBe(true);
    expect(inspection.notARealKey).toBe(true);
    const causes = diagnose(await buildEvidence({ key: raw, provider: "openai" }));
    expect(causes[0]?.id).toBe("key_placeholder");
    expect(causes[0]?.fix.join(" ")).toMatch(fix);
  });
});

describe("a real key is never a variable name", () => {
  const real = Object.entries(KEYS).map(([name, key]) => [name, key] as const);
  it.each(real)("%s", (_n, key) => {
    expect(kindsOf(key).filter((k) => VARIABLE_KINDS.has(k))).toEqual([]);
  });

  it("random keys of common shapes (hex, UUIDs, alphanumerics, AWS ids, snake-case prefixes) claim no variable", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const shapes = [
        hex(32, seed),
        hex(64, seed),
        `${hex(8, seed)}-${hex(4, seed + 1)}-${hex(4, seed + 2)}-${hex(4, seed + 3)}-${hex(12, seed + 4)}`,
        alnum(40, seed),
        `AKIA${alnum(16, seed).toUpperCase()}`,
        `sk_live_${alnum(24, seed)}`,
        `dop_v1_${hex(64, seed)}`,
        `${alnum(12, seed).toUpperCase()}_${alnum(24, seed + 1).toUpperCase()}`,
        `glpat-${alnum(20, seed)}`,
        `xoxb-${seed}234567890-${seed}876543210-${alnum(24, seed)}`,
      ];
      for (const key of shapes) {
        expect(
          kindsOf(key).filter((k) => VARIABLE_KINDS.has(k)),
          key,
        ).toEqual([]);
      }
    }
  });
});
