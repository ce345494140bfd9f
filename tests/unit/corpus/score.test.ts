import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import type { CauseId } from "@/lib/diagnosis/cause-ids";
import {
  openRouteForEval,
  type RankedCause,
  runCase,
  runCaseOrError,
} from "@/tests/corpus/run-case";
import type { Case } from "@/tests/corpus/schema";
import {
  breadthOf,
  lastLine,
  renderBreadth,
  renderSummary,
  scoreCase,
  summarize,
} from "@/tests/corpus/score";
import { fixtureCase, GOOD } from "./fixtures";

/** The scorer's bookkeeping on a fixed handful of cases, and the replay through the real route. */

const ranked = (...pairs: [CauseId, number][]): RankedCause[] =>
  pairs.map(([id, confidence]) => ({ id, confidence }));

/** Sources whose SHA-256 first byte makes them holdout / dev (checked by the split test). */
function sourceFor(split: "dev" | "holdout"): string {
  for (let i = 0; ; i++) {
    const url = `https://github.com/example/split/issues/${i}`;
    const c = fixtureCase({ source: url });
    if (scoreCase(c, []).split === split) return url;
  }
}

function fixture(id: string, service: string, split: "dev" | "holdout", accept: CauseId[]): Case {
  return fixtureCase({ id, service, source: sourceFor(split), rootCause: accept[0], accept });
}

describe("scoring", () => {
  const cases = {
    a: fixture("a", "svc-1", "dev", ["key_rejected"]),
    b: fixture("b", "svc-1", "dev", ["wrong_auth_header", "gateway_rejected"]),
    c: fixture("c", "svc-2", "holdout", ["key_whitespace"]),
    d: fixture("d", "svc-3", "holdout", ["rate_limited"]),
  };
  const results = [
    scoreCase(cases.a, ranked(["key_rejected", 0.9], ["inconclusive", 0.2])), // top-1
    scoreCase(cases.b, ranked(["credentials_not_received", 0.62], ["gateway_rejected", 0.5])), // top-2
    scoreCase(
      cases.c,
      ranked(
        ["key_rejected", 0.95],
        ["key_truncated", 0.4],
        ["key_whitespace", 0.35],
        ["inconclusive", 0.1],
      ),
    ), // miss
    scoreCase(cases.d, [], "internal"), // the route failed
  ];

  it("marks pass (top-1) and pass2 (top-2) against accept", () => {
    expect(results.map((r) => [r.pass, r.pass2])).toEqual([
      [true, true],
      [false, true],
      [false, false],
      [false, false],
    ]);
    expect(results[2]?.got.map((g) => g.id)).toEqual([
      "key_rejected",
      "key_truncated",
      "key_whitespace",
    ]);
    expect(results[3]?.error).toBe("internal");
  });

  it("counts per split, per root cause, services and confusions", () => {
    const s = summarize(results);
    expect(s.total).toEqual({ n: 4, top1: 1, top2: 2 });
    expect(s.services).toBe(3);
    expect(s.bySplit).toEqual({
      dev: { n: 2, top1: 1, top2: 2 },
      holdout: { n: 2, top1: 0, top2: 0 },
    });
    expect(Object.fromEntries(s.byCause)).toEqual({
      key_rejected: { n: 1, top1: 1, top2: 1 },
      key_whitespace: { n: 1, top1: 0, top2: 0 },
      rate_limited: { n: 1, top1: 0, top2: 0 },
      wrong_auth_header: { n: 1, top1: 0, top2: 1 },
    });
    expect(s.confusions).toEqual([
      { expected: "key_whitespace", got: "key_rejected", count: 1 },
      { expected: "rate_limited", got: "(error)", count: 1 },
      { expected: "wrong_auth_header", got: "credentials_not_received", count: 1 },
    ]);
  });

  it("buckets every reported cause, and the top one, by confidence", () => {
    const s = summarize(results);
    const table = (b: typeof s.calibrationAll) => b.map((x) => [x.label, x.count, x.accepted]);
    expect(table(s.calibrationAll)).toEqual([
      ["[0.9, 1]", 2, 1],
      ["[0.7, 0.9)", 0, 0],
      ["[0.5, 0.7)", 2, 1],
      ["[0.3, 0.5)", 2, 1],
      ["[0, 0.3)", 2, 0],
    ]);
    expect(table(s.calibrationTop1)).toEqual([
      ["[0.9, 1]", 2, 1],
      ["[0.7, 0.9)", 0, 0],
      ["[0.5, 0.7)", 1, 0],
      ["[0.3, 0.5)", 0, 0],
      ["[0, 0.3)", 0, 0],
    ]);
  });

  it("ends with the one-line result, and renders Markdown tables", () => {
    const s = summarize(results);
    expect(lastLine(s)).toBe(
      "eval: 4 cases from 3 services; top-1 1/4; top-2 2/4; holdout top-1 0/2",
    );
    const md = renderSummary(s, { markdown: true });
    expect(md).toContain("| dev | 2 | 1 (50 %) | 2 (100 %) |");
    expect(md).toContain("| wrong_auth_header | credentials_not_received | 1 |");
    expect(md).toContain("| [0.9, 1] | 2 | 1 (50 %) |");
    expect(renderSummary(s)).not.toContain("|");
  });
});

describe("breadth", () => {
  it("counts services, crowded services, thin causes and cases outside the catalog", () => {
    const many = Array.from({ length: 6 }, (_, i) =>
      fixture(`crowd-${i}`, "crowd", "dev", ["key_rejected"]),
    );
    const catalog = fixtureCase({ id: "gh", service: "github", catalogProvider: "github" });
    const b = breadthOf([...many, catalog]);
    expect(b.cases).toBe(7);
    expect(b.services).toBe(2);
    expect(b.crowded).toEqual([["crowd", 6]]);
    expect(b.outsideCatalog).toBe(6);
    expect(b.thin.map(([id]) => id)).not.toContain("key_rejected");
    expect(b.thin).toHaveLength(22);
    expect(b.thin[0]).toEqual(["key_whitespace", 0]);
    expect(renderBreadth(b)).toContain("services with more than 5 cases: crowd 6");
  });
});

describe("a case replayed through the real route", () => {
  beforeAll(() => openRouteForEval());

  it("sends the probes to the replay server and returns the ranked causes", async () => {
    const run = await runCase(fixtureCase());
    expect(run.error).toBeUndefined();
    expect(run.causes.length).toBeGreaterThan(0);
    expect(run.answered).toContain("wrongKey"); // as-sent
    expect(run.answered).toContain("noKey"); // the baseline
  });

  it("turns a printed key into the fingerprint check, as the wizard does", async () => {
    const stale = await runCase(
      fixtureCase({ environment: { fingerprintCheck: { printedKey: GOOD } } }),
    );
    expect(stale.causes.map((c) => c.id)).toContain("stale_environment");
    const same = fixtureCase();
    same.environment = { fingerprintCheck: { printedKey: same.request.key } };
    expect((await runCase(same)).causes.map((c) => c.id)).not.toContain("stale_environment");
  });

  it("turns an echo capture into the echo evidence, as the echo check does", async () => {
    const c = fixtureCase();
    c.server.answers.ok = { status: 200, headers: {}, body: '{"ok":true}', inferred: true };
    c.request.key = GOOD;
    c.environment = { echo: [{ method: "GET", path: "/v1/things", headers: { accept: "*/*" } }] };
    const run = await runCase(c);
    expect(run.answered).toContain("ok");
    expect(run.causes.map((x) => x.id)).toContain("proxy_strips_auth");
  });

  it("a case that throws keeps the message for eval.json, without the case's keys", async () => {
    const c = fixtureCase();
    const key = c.request.key;
    const run = await runCaseOrError(c, async () => {
      throw new Error(`Headers.append: "${key}" is an invalid header value; also ${GOOD}`);
    });
    expect(run.causes).toEqual([]);
    expect(run.error).toContain("is an invalid header value");
    expect(run.error).not.toContain(key.slice(0, 6));
    expect(run.error).not.toContain(GOOD.slice(-6));
  });

  it("reports an unreachable endpoint without answers", async () => {
    const c = fixtureCase();
    c.server.unreachable = "refused";
    const run = await runCase(c);
    expect(run.answered).toEqual([]);
    expect(run.causes[0]?.id).toBe("endpoint_unreachable");
  });
});

describe("npm run eval", () => {
  const root = resolve(import.meta.dirname, "../../..");
  const run = (args: string[]) =>
    promisify(execFile)(
      process.execPath,
      [
        resolve(root, "node_modules/tsx/dist/cli.mjs"),
        "--conditions=react-server",
        "scripts/eval.ts",
        ...args,
      ],
      { cwd: root },
    ).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({
        code: e.code,
        stdout: e.stdout,
        stderr: e.stderr,
      }),
    );

  it("prints the tables and the last line, and exits 1 below the floor", async () => {
    const dir = mkdtempSync(join(tmpdir(), "why401-eval-"));
    try {
      const works = fixtureCase({ id: "works", request: { ...fixtureCase().request, key: GOOD } });
      works.accept = ["credentials_work"];
      works.rootCause = "credentials_work";
      // A key that works is never "rate limited": this case cannot pass.
      const never = fixtureCase({
        id: "never",
        service: "other-api",
        rootCause: "rate_limited",
        accept: ["rate_limited"],
      });
      never.request.key = GOOD;
      for (const c of [works, never]) writeFileSync(join(dir, `${c.id}.json`), JSON.stringify(c));

      const low = await run(["--cases", dir, "--floor-top1", "0.5"]);
      const lines = low.stdout.trim().split("\n");
      expect(lines.at(-1)).toMatch(
        /^eval: 2 cases from 2 services; top-1 1\/2; top-2 [12]\/2; holdout top-1 [0-2]\/[0-2]$/,
      );
      expect(low.stdout).toContain("== By root cause");
      expect(low.stdout).not.toMatch(/"outcome"/); // the route's log lines stay out of the table
      expect(low.code).toBe(0);

      const high = await run(["--cases", dir, "--floor-top1", "0.9"]);
      expect(high.code).toBe(1);
      expect(high.stdout).toContain("below the floor");

      const bad = await run(["--cases", dir, "--floor-top1", "high"]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain("--floor-top1 takes a number from 0 to 1");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
