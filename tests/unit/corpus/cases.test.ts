import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diagnoseRequestSchema } from "@/app/api/diagnose/schema";
import { CAUSE_IDS } from "@/lib/diagnosis/cause-ids";
import { CASES_DIR, loadCorpus } from "@/tests/corpus/load";
import { diagnoseRequestFor } from "@/tests/corpus/run-case";
import { caseSchema, splitOf } from "@/tests/corpus/schema";
import { fixtureCase } from "./fixtures";

/** Every file of the corpus is a valid case the route accepts. */

const corpus = loadCorpus();
const files = readdirSync(CASES_DIR).filter((f) => f.endsWith(".json"));

describe("the corpus", () => {
  it("has cases, and every file parses as one (id = file name)", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(corpus.problems).toEqual([]);
    expect(corpus.cases.map((c) => `${c.id}.json`)).toEqual([...files].sort());
  });

  it("has at most 5 cases per service", () => {
    const perService = new Map<string, number>();
    for (const c of corpus.cases) perService.set(c.service, (perService.get(c.service) ?? 0) + 1);
    expect([...perService].filter(([, n]) => n > 5)).toEqual([]);
  });

  it("takes each thread once", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const c of corpus.cases) {
      const other = seen.get(c.source);
      if (other) twice.push(`${other} and ${c.id}: ${c.source}`);
      seen.set(c.source, c.id);
    }
    expect(twice).toEqual([]);
  });

  it.each(corpus.cases.map((c) => [c.id, c] as const))("%s", async (_id, c) => {
    expect(c.source).toMatch(/^https:\/\/\S+$/);
    expect(c.accept).toContain(c.rootCause);
    for (const cause of [c.rootCause, ...c.accept]) expect(CAUSE_IDS).toContain(cause);
    // The scorer would send exactly this: the route must accept it.
    const request = await diagnoseRequestFor(c, "http://127.0.0.1:9");
    const parsed = diagnoseRequestSchema.safeParse(request);
    expect(parsed.success ? "" : parsed.error.message).toBe("");
  });
});

describe("the case schema", () => {
  const valid = JSON.parse(JSON.stringify(fixtureCase()));

  function problemsOf(data: unknown): string[] {
    const result = caseSchema.safeParse(data);
    return result.success
      ? []
      : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  }

  it("accepts the fixture", () => {
    expect(problemsOf(valid)).toEqual([]);
  });

  it("refuses an unknown field, naming it", () => {
    expect(problemsOf({ ...valid, rootcause: "key_rejected" }).join()).toMatch(/rootcause/);
  });

  it("refuses an accept list without the root cause", () => {
    expect(problemsOf({ ...valid, accept: ["wrong_auth_header"] })).toEqual([
      "accept: must include rootCause",
    ]);
  });

  it("refuses a cause outside the vocabulary", () => {
    expect(problemsOf({ ...valid, rootCause: "bad_key", accept: ["bad_key"] }).join()).toMatch(
      /rootCause/,
    );
  });

  it("refuses a case without a source", () => {
    const { source: _source, ...rest } = valid;
    expect(problemsOf(rest).join()).toMatch(/^source/);
    expect(problemsOf({ ...valid, source: "not a url" }).join()).toMatch(/source/);
  });

  it("refuses a method why401 cannot send, and a header value HTTP cannot carry", () => {
    const propfind = { ...valid, request: { ...valid.request, method: "PROPFIND" } };
    expect(problemsOf(propfind).join()).toMatch(/why401 sends GET/);
    const answers = {
      noKey: { status: 401, headers: { "x-msg": "ünïcødé ✓" }, body: "", inferred: true },
    };
    const bad = { ...valid, server: { ...valid.server, answers } };
    expect(problemsOf(bad).join()).toMatch(/Latin-1/);
  });

  it("names a file whose id is not its name", () => {
    const dir = mkdtempSync(join(tmpdir(), "why401-corpus-"));
    try {
      writeFileSync(join(dir, "other-name.json"), JSON.stringify(valid));
      writeFileSync(join(dir, "broken.json"), "{");
      const loaded = loadCorpus(dir);
      expect(loaded.cases).toEqual([]);
      expect(loaded.problems.map((p) => p.file)).toEqual(["broken.json", "other-name.json"]);
      expect(loaded.problems[1]?.message).toMatch(/not the file name/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

it("says where a file stops being JSON without quoting its text (it holds a key)", () => {
  const dir = mkdtempSync(join(tmpdir(), "why401-corpus-"));
  const key = "sk-proj-notJsonCanary0123456789abcdef";
  try {
    writeFileSync(join(dir, "unquoted.json"), `{"key": ${key}}`);
    writeFileSync(join(dir, "trailing.json"), `{"key": "${key}",}`);
    const { problems } = loadCorpus(dir);
    expect(problems).toHaveLength(2);
    for (const p of problems) {
      expect(p.message).toMatch(/^not JSON/);
      expect(p.message).not.toContain(key.slice(0, 6));
    }
    expect(problems.find((p) => p.file === "trailing.json")?.message).toMatch(/position \d+/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe("the split", () => {
  it("is holdout exactly when the first byte of SHA-256(source) is divisible by 5", () => {
    let holdout = 0;
    for (let i = 0; i < 500; i++) {
      const url = `https://github.com/example/repo/issues/${i}`;
      const first = createHash("sha256").update(url).digest()[0]!;
      expect(splitOf(url)).toBe(first % 5 === 0 ? "holdout" : "dev");
      if (splitOf(url) === "holdout") holdout += 1;
    }
    // About a fifth (bytes 0..255: 52 of 256 values are multiples of 5).
    expect(holdout).toBeGreaterThan(60);
    expect(holdout).toBeLessThan(145);
  });
});
