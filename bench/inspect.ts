/**
 * Inspection speed: the browser re-inspects on every keystroke, so an 8 KB paste must
 * take well under 1 ms. `npx tsx bench/inspect.ts` prints the table; `bench/run.ts`
 * collects the rows.
 */
import { inspectKey } from "../lib/inspect";
import { KEY_FORMATS, PROVIDERS, recognizeKey } from "../lib/providers";
import { type BenchRow, median, percentile, printTable } from "./lib";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** A deterministic key-like string (xorshift), with the hidden characters real pastes carry. */
function makeKey(bytes: number, seed: number): string {
  let x = seed;
  let body = "";
  while (body.length < bytes - 24) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    body += ALPHABET[(x >>> 0) % ALPHABET.length];
  }
  const middle = body.length >> 1;
  return `  Bearer "sk-proj-${body.slice(0, middle)}\u200B${body.slice(middle)}"\r\n`;
}

function measure(
  key: string,
  iterations: number,
  fn: (key: string) => unknown = inspectKey,
): { median: number; p99: number } {
  for (let i = 0; i < 500; i++) fn(key);
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    fn(key);
    samples.push((performance.now() - start) * 1000);
  }
  return { median: median(samples), p99: percentile(samples, 99) };
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const [label, bytes] of [
    ["1 KB", 1024],
    ["8 KB", 8192],
  ] as const) {
    const key = makeKey(bytes, 0x9e3779b9);
    const { median: mid, p99 } = measure(key, 5000);
    rows.push({
      name: `inspectKey ${label} median`,
      value: mid,
      unit: "µs",
      target: "< 1000",
      ok: mid < 1000,
    });
    rows.push({
      name: `inspectKey ${label} p99`,
      value: p99,
      unit: "µs",
      target: "< 1000",
      ok: p99 < 1000,
    });
  }
  // Key-format lookup on a 1 KB key that runs through a long pattern (PyPI tokens take up
  // to 1000 characters) and past every unprefixed one: the catalog's and the registry's.
  const formats = KEY_FORMATS.length + PROVIDERS.reduce((n, p) => n + p.keyFormats.length, 0);
  const long = `pypi-AgEIcHlwaS5vcmc${makeKey(1024, 0x85ebca6b)
    .replace(/[^A-Za-z0-9_-]/g, "")
    .slice(0, 1004)}`;
  const lookup = measure(long, 5000, recognizeKey);
  rows.push({
    name: `recognizeKey 1 KB against ${formats} formats median`,
    value: lookup.median,
    unit: "µs",
    target: "< 1000",
    ok: lookup.median < 1000,
  });
  rows.push({
    name: `recognizeKey 1 KB against ${formats} formats p99`,
    value: lookup.p99,
    unit: "µs",
    target: "< 1000",
    ok: lookup.p99 < 1000,
  });
  return rows;
}

if (process.argv[1]?.replace(/\\/g, "/").endsWith("bench/inspect.ts")) {
  run()
    .then((rows) => console.log(printTable(rows)))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
