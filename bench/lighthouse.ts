/** A Lighthouse 12.2.3 run of `/` in Debian's chromium: performance and accessibility scores. */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/support/chromium";
import type { BenchRow } from "./lib";

export async function run(url: string): Promise<BenchRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS,
  });
  try {
    const result = await lighthouse(`${url}/`, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
    });
    const categories = result?.lhr.categories ?? {};
    const perf = Math.round((categories.performance?.score ?? 0) * 100);
    const a11y = Math.round((categories.accessibility?.score ?? 0) * 100);
    return [
      { name: "Lighthouse performance (/)", value: perf, unit: "", target: "≥ 95", ok: perf >= 95 },
      {
        name: "Lighthouse accessibility (/)",
        value: a11y,
        unit: "",
        target: "100",
        ok: a11y >= 100,
      },
    ];
  } finally {
    chrome.kill();
  }
}
