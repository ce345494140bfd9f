/**
 * A Lighthouse 12.2.3 run of `/` in Debian's chromium: performance and accessibility
 * scores. Lighthouse runs as its own CLI process: it serialises functions into the page,
 * which the TypeScript loader of the bench scripts would rewrite.
 */
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/support/chromium";
import { type BenchRow, median } from "./lib";

const run$ = promisify(execFile);
const cli = resolve(import.meta.dirname, "../node_modules/lighthouse/cli/index.js");

async function once(url: string): Promise<{ perf: number; a11y: number }> {
  const { stdout } = await run$(
    process.execPath,
    [
      cli,
      `${url}/`,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      "--only-categories=performance,accessibility",
      `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 256 * 1024 * 1024 },
  );
  const lhr = JSON.parse(stdout) as {
    categories: Record<string, { score: number | null } | undefined>;
  };
  return {
    perf: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    a11y: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
  };
}

/** The median of several runs: one Lighthouse run on a shared machine varies by ±10 points. */
export async function run(url: string, runs = 5, page = "/"): Promise<BenchRow[]> {
  const results: { perf: number; a11y: number }[] = [];
  for (let i = 0; i < runs; i++) {
    // Lighthouse sometimes loses the trace of a load (NO_NAVSTART): try that run again.
    for (let attempt = 1; ; attempt++) {
      try {
        results.push(await once(url));
        break;
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  }
  const perf = median(results.map((r) => r.perf));
  const a11y = median(results.map((r) => r.a11y));
  const spread = results.map((r) => r.perf).join(", ");
  return [
    {
      name: `Lighthouse performance (${page}), median of ${runs} (${spread})`,
      value: perf,
      unit: "",
      target: "≥ 95",
      ok: perf >= 95,
    },
    {
      name: `Lighthouse accessibility (${page})`,
      value: a11y,
      unit: "",
      target: "100",
      ok: a11y >= 100,
    },
  ];
}
