/**
 * `npm run bench`: every published number, measured side by side in one run on this
 * machine. Not part of CI's pass/fail (shared machines are noisy); the README's
 * Performance section shows the latest table.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { resolve } from "node:path";
import * as diagnose from "./diagnose";
import * as firstLoad from "./first-load";
import * as inspect from "./inspect";
import * as keystroke from "./keystroke";
import { type BenchRow, printTable } from "./lib";
import * as lighthouse from "./lighthouse";
import { startAppServer } from "./servers";

const root = resolve(import.meta.dirname, "..");

async function main() {
  const distDir = process.env.WHY401_DIST_DIR ?? ".next-bench";
  console.error(`building the app into ${distDir} …`);
  execFileSync(process.execPath, [resolve(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, WHY401_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });

  const rows: BenchRow[] = [];
  console.error("inspection …");
  rows.push(...(await inspect.run()));
  console.error("diagnosis latency and throughput …");
  rows.push(...(await diagnose.run()));

  const app = await startAppServer();
  try {
    await firstLoad.withBlankApp(async (blankUrl) => {
      console.error("a keystroke at 16 KB …");
      rows.push(...(await keystroke.run(app.url)));
      console.error("first-load JavaScript …");
      rows.push(...(await firstLoad.run(app.url, blankUrl)));
      console.error("lighthouse (the wizard, then the blank page as the floor) …");
      rows.push(...(await lighthouse.compare(app.url, blankUrl)));
    });
  } finally {
    await app.stop();
  }

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "cpu"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
  const table = `${printTable(rows)}\n\nMachine: ${machine}\n`;
  mkdirSync(resolve(root, "bench/results"), { recursive: true });
  writeFileSync(resolve(root, "bench/results/latest.md"), table);
  console.log(table);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
