/**
 * The wizard's first-load JavaScript (gzip) against a blank Next.js page built with the
 * same installed versions, both served by `next start` and measured the same way: every
 * script the HTML loads, fetched and gzipped.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchRow } from "./lib";
import { startNextIn } from "./servers";

const root = resolve(import.meta.dirname, "..");

export async function firstLoadJs(url: string): Promise<{ bytes: number; scripts: number }> {
  const html = await (await fetch(url)).text();
  const srcs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g))
    srcs.add(m[1]!.replace(/&amp;/g, "&"));
  let bytes = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer());
    bytes += gzipSync(body, { level: 9 }).byteLength;
  }
  return { bytes, scripts: srcs.size };
}

/**
 * The blank page lives inside the project (bench/.blank, git-ignored) so it resolves the
 * very same node_modules: Turbopack refuses a symlinked node_modules outside its root.
 */
function buildBlankApp(): string {
  const dir = join(root, "bench", ".blank");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "app"), { recursive: true });
  writeFileSync(join(dir, "package.json"), '{ "name": "blank", "private": true }\n');
  writeFileSync(join(dir, "next.config.js"), "module.exports = {};\n");
  writeFileSync(
    join(dir, "app", "layout.jsx"),
    'export default function L({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  writeFileSync(
    join(dir, "app", "page.jsx"),
    "export default function P() { return <p>blank</p>; }\n",
  );
  execFileSync(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: dir,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return dir;
}

/** Builds and serves the blank page for the duration of `fn`. */
export async function withBlankApp<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const blankDir = buildBlankApp();
  const blank = await startNextIn(blankDir);
  try {
    return await fn(blank.url);
  } finally {
    await blank.stop();
    rmSync(blankDir, { recursive: true, force: true });
  }
}

export async function run(appUrl: string, blankUrl: string): Promise<BenchRow[]> {
  const ours = await firstLoadJs(`${appUrl}/`);
  const base = await firstLoadJs(`${blankUrl}/`);
  const ratio = ours.bytes / base.bytes;
  return [
    { name: "wizard first-load JS (gzip)", value: ours.bytes / 1024, unit: "KB" },
    { name: "blank Next.js page first-load JS (gzip)", value: base.bytes / 1024, unit: "KB" },
    {
      name: "first-load JS ratio, wizard / blank",
      value: ratio,
      unit: "×",
      target: "≤ 1.3",
      ok: ratio <= 1.3,
    },
  ];
}
