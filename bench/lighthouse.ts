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

async function onceWithRetry(url: string): Promise<{ perf: number; a11y: number }> {
  // Lighthouse sometimes loses the trace of a load (NO_NAVSTART): try that run again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await once(url);
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/**
 * The wizard against the blank Next.js page, runs interleaved (wizard, blank, wizard, …) so
 * that a busy moment on a shared machine lands on both: the target is the blank page's
 * own median in the same run.
 */
export async function compare(appUrl: string, blankUrl: string, runs = 5): Promise<BenchRow[]> {
  const app: { perf: number; a11y: number }[] = [];
  const blank: { perf: number; a11y: number }[] = [];
  for (let i = 0; i < runs; i++) {
    app.push(await onceWithRetry(`${appUrl}`));
    blank.push(await onceWithRetry(`${blankUrl}`));
  }
  const perf = median(app.map((r) => r.perf));
  const a11y = median(app.map((r) => r.a11y));
  const floor = median(blank.map((r) => r.perf));
  const spread = (rs: { perf: number }[]) => rs.map((r) => r.perf).join(", ");
  return [
    {
      name: `Lighthouse performance (/), median of ${runs} (${spread(app)})`,
      value: perf,
      unit: "",
      target: `≥ blank page (${floor})`,
      ok: perf >= floor,
    },
    { name: "Lighthouse accessibility (/)", value: a11y, unit: "", target: "100", ok: a11y >= 100 },
    {
      name: `Lighthouse performance (blank Next.js page), median of ${runs} (${spread(blank)})`,
      value: floor,
      unit: "",
    },
    {
      name: "Lighthouse accessibility (blank Next.js page)",
      value: median(blank.map((r) => r.a11y)),
      unit: "",
    },
  ];
}
