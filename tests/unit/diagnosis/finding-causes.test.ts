import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis";
import { FINDING_CAUSES } from "@/lib/diagnosis/finding-causes";
import type { FindingKind } from "@/lib/inspect";
import { buildEvidence } from "./build-evidence";
import { KEYS } from "./keys";

const K = KEYS.custom;

/** One paste per finding kind: every finding a person sees must show up as its cause. */
const PASTES: Record<FindingKind, string> = {
  leading_whitespace: ` ${K}`,
  trailing_whitespace: `${K} `,
  line_break: `${K.slice(0, 20)}\n${K.slice(20)}`,
  tab: `${K.slice(0, 20)}\t${K.slice(20)}`,
  zero_width: `${K.slice(0, 20)}\u200b${K.slice(20)}`,
  bom: `\ufeff${K}`,
  unicode_space: `${K.slice(0, 20)}\u00a0${K.slice(20)}`,
  inner_space: `${K.slice(0, 20)} ${K.slice(20)}`,
  control_char: `${K.slice(0, 20)}\u0001${K.slice(20)}`,
  homoglyph: `${K.slice(0, 20)}\u0430${K.slice(21)}`,
  non_ascii: `${K.slice(0, 20)}é${K.slice(21)}`,
  surrounding_quotes: `"${K}"`,
  smart_quote: `${K.slice(0, 20)}\u201d${K.slice(20)}`,
  scheme_prefix: `Bearer ${K}`,
  header_line_pasted: `Authorization: Bearer ${K}`,
  placeholder: "your-api-key-here",
  unexpanded_variable: "$OPENAI_API_KEY",
  empty: "",
  redacted: "sk-proj-…abcd",
  url_pasted: "https://api.example.com/v1/me",
  assignment_pasted: `API_KEY=${K}`,
};

describe("every finding kind names the cause that explains it", () => {
  it.each(Object.entries(PASTES) as [FindingKind, string][])("%s", async (kind, paste) => {
    const ev = await buildEvidence({ key: paste });
    expect(ev.inspection.findings.map((f) => f.kind)).toContain(kind);
    expect(diagnose(ev).map((c) => c.id)).toContain(FINDING_CAUSES[kind]);
  });
});
