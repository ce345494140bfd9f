/**
 * `npm run eval`: replays every case of tests/corpus/cases through the real
 * POST /api/diagnose handler, each against its own local replay server, and scores the
 * ranked causes against what an expert accepts. Writes reports/eval.json, prints the
 * tables, exits 1 below the top-1 floor (tests/corpus/floor.json). The last line is the
 * one-line result.
 *
 *   npm run eval                        tables + last line, floor from floor.json
 *   npm run eval -- --markdown          the tables as Markdown (for the README)
 *   npm run eval -- --floor-top1 0.8    another floor for this run
 *   npm run eval -- --cases DIR         another directory of cases
 *   npm run eval -- --skip-invalid      name invalid case files, score the others
 *   npm run eval -- --per-case          one line per case before the tables
 *
 * The route's modules start with `import "server-only"`, which throws unless the
 * `react-server` export condition is set; the npm script runs tsx with that condition,
 * exactly as Next resolves server code, so nothing is stubbed.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { CASES_DIR, loadCorpus } from "../tests/corpus/load";
import { openRouteForEval, runCaseOrError } from "../tests/corpus/run-case";
import {
  breadthOf,
  type CaseResult,
  lastLine,
  renderBreadth,
  renderSummary,
  scoreCase,
  summarize,
} from "../tests/corpus/score";

const root = resolve(import.meta.dirname, "..");
const FLOOR_FILE = resolve(root, "tests/corpus/floor.json");
/** Cases replayed at once; each case's probes already go out together. */
const CONCURRENCY = 8;

const floorSchema = z.strictObject({ top1: z.number().min(0).max(1) });

async function pool<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return out;
}

/**
 * The route writes one JSON log line per diagnosis to stdout; here stdout is the scorer's
 * table, so those lines are dropped while the cases run (they hold no key, only noise).
 */
async function withQuietStdout<T>(work: () => Promise<T>): Promise<T> {
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return await work();
  } finally {
    process.stdout.write = write;
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      markdown: { type: "boolean", default: false },
      "floor-top1": { type: "string" },
      cases: { type: "string" },
      "skip-invalid": { type: "boolean", default: false },
      "per-case": { type: "boolean", default: false },
    },
  });
  const given = values["floor-top1"];
  const floorResult =
    given !== undefined
      ? floorSchema.safeParse({ top1: given.trim() === "" ? Number.NaN : Number(given) })
      : floorSchema.safeParse(JSON.parse(readFileSync(FLOOR_FILE, "utf8")));
  if (!floorResult.success) {
    console.error(
      given !== undefined
        ? "eval: --floor-top1 takes a number from 0 to 1, e.g. 0.8"
        : 'eval: tests/corpus/floor.json must be { "top1": <a number from 0 to 1> }',
    );
    return 1;
  }
  const floor = floorResult.data.top1;

  const { cases, problems } = loadCorpus(values.cases ? resolve(values.cases) : CASES_DIR);
  for (const p of problems) console.error(`eval: ${p.file}: ${p.message.replaceAll("\n", "; ")}`);
  if (problems.length && !values["skip-invalid"]) {
    console.error(`eval: ${problems.length} case file(s) are not valid (see above)`);
    return 1;
  }
  if (cases.length === 0) {
    console.error("eval: no cases found");
    return 1;
  }

  openRouteForEval();
  const started = performance.now();
  const runs = await withQuietStdout(() => pool(cases, CONCURRENCY, runCaseOrError));
  const seconds = (performance.now() - started) / 1000;
  const results: CaseResult[] = cases.map((c, i) => scoreCase(c, runs[i]!.causes, runs[i]!.error));
  const summary = summarize(results);

  mkdirSync(resolve(root, "reports"), { recursive: true });
  writeFileSync(
    resolve(root, "reports/eval.json"),
    `${JSON.stringify({ summary: { ...summary.total, services: summary.services, bySplit: summary.bySplit }, cases: results }, null, 2)}\n`,
  );

  for (const r of results.filter((r) => r.error)) console.error(`eval: ${r.id}: ${r.error}`);
  if (values["per-case"]) {
    for (const r of results) {
      const got = r.got.map((g) => `${g.id} ${g.confidence.toFixed(2)}`).join(", ");
      const mark = r.pass ? "ok  " : r.pass2 ? "top2" : "MISS";
      console.log(`${mark} ${r.split.padEnd(7)} ${r.id}: ${r.expected.accept.join("|")} → ${got}`);
    }
    console.log("");
  }
  console.log(renderSummary(summary, { markdown: values.markdown }));
  console.log(`\n${renderBreadth(breadthOf(cases))}`);
  console.log(`\n(${cases.length} cases in ${seconds.toFixed(1)} s; reports/eval.json)`);
  const rate = summary.total.top1 / summary.total.n;
  const below = rate < floor;
  if (below) {
    console.log(`eval: top-1 ${(100 * rate).toFixed(1)} % is below the floor of ${100 * floor} %`);
  }
  console.log(lastLine(summary));
  return below ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
