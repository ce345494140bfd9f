/**
 * A Lighthouse 12.2.3 run of `/` in Debian's chromium: performance and accessibility
 * scores. Lighthouse runs as its own CLI process: it serialises functions into the page,
 * which the TypeScript loader of the bench scripts would rewrite.
 */
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/support/chromium";
import type { BenchRow } from "./lib";

const run$ = promisify(execFile);
const cli = resolve(import.meta.dirname, "../node_modules/lighthouse/cli/index.js");

export async function run(url: string): Promise<BenchRow[]> {
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
  const perf = Math.round((lhr.categories.performance?.score ?? 0) * 100);
  const a11y = Math.round((lhr.categories.accessibility?.score ?? 0) * 100);
  return [
    { name: "Lighthouse performance (/)", value: perf, unit: "", target: "≥ 95", ok: perf >= 95 },
    { name: "Lighthouse accessibility (/)", value: a11y, unit: "", target: "100", ok: a11y >= 100 },
  ];
}
