/**
 * One keystroke in the key field at 16 KB, in Debian's chromium against the built app:
 * React's update, the live inspection and the layout it causes. A speed claim, so it is
 * measured here, side by side with the rest, and not raced in the e2e suite.
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/support/chromium";
import { type BenchRow, median, percentile } from "./lib";

const KEY_CHARS = 16 * 1024;
const STROKES = 41;

export async function run(appUrl: string): Promise<BenchRow[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${appUrl}/`);
    await page.getByLabel("Endpoint URL").fill("https://api.example.com/v1/models");
    await page.getByRole("button", { name: /^Next/ }).click();
    await page.getByLabel("API key or token").fill(`sk-${"a".repeat(KEY_CHARS - 3)}`);
    const times = await page.evaluate((strokes) => {
      const field = document.getElementById("api-key") as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
      const out: number[] = [];
      for (let i = 0; i < strokes; i++) {
        const start = performance.now();
        setter?.call(field, `${field.value.slice(0, -1)}${i % 2 ? "b" : "c"}`);
        field.dispatchEvent(new Event("input", { bubbles: true }));
        void document.body.offsetHeight;
        out.push(performance.now() - start);
      }
      return out;
    }, STROKES);
    const mid = median(times);
    return [
      {
        name: "keystroke at 16 KB in the key field (median)",
        value: mid,
        unit: "ms",
        target: "< 16",
        ok: mid < 16,
      },
      {
        name: "keystroke at 16 KB in the key field (p90)",
        value: percentile(times, 90),
        unit: "ms",
      },
    ];
  } finally {
    await browser.close();
  }
}
