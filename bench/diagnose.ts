/**
 * Diagnosis speed (see docs/architecture.md, "Tests"): against an upstream answering in 250 ms, one full diagnosis
 * (all probes in parallel) vs one bare undici request, measured interleaved in one run;
 * diagnoses per second at 16 concurrent clients against an instant upstream; peak RSS.
 * `npx tsx bench/diagnose.ts` prints the table; `bench/run.ts` collects the rows.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { Agent, request } from "undici";
import { parseConfig } from "../lib/config";
import { type BenchRow, median, printTable } from "./lib";

const root = resolve(import.meta.dirname, "..");
const RUNS = 25;
const CONCURRENCY = 16;
const THROUGHPUT_MS = 5_000;
const KEY = "sk-proj-benchmarkKey0123456789abcdefghijklmnopqrstuvwxyzABCD";

/** lib/probe starts with `import "server-only"`, which throws outside a React server build. */
function neutraliseServerOnly(): void {
  const require = createRequire(import.meta.url);
  const path = require.resolve("server-only");
  require.cache[path] = { id: path, filename: path, loaded: true, exports: {} } as NodeJS.Module;
}

async function startUpstream(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", resolve(root, "tests/mock-upstream/serve.ts")],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) {
    const { url } = JSON.parse(line) as { url: string };
    return { url, child };
  }
  throw new Error("the mock upstream did not start");
}

async function bareRequest(url: string): Promise<number> {
  const agent = new Agent();
  const started = performance.now();
  const response = await request(url, {
    dispatcher: agent,
    headers: { authorization: `Bearer ${KEY}` },
  });
  await response.body.text();
  const ms = performance.now() - started;
  await agent.destroy();
  return ms;
}

export async function run(): Promise<BenchRow[]> {
  neutraliseServerOnly();
  const { runDiagnosis } = await import("../lib/probe");
  const parsed = parseConfig({
    WHY401_ALLOW_PRIVATE_TARGETS: "1",
    WHY401_RATE_LIMIT_PER_MINUTE: "0",
  });
  if (!parsed.ok) throw new Error(parsed.message);
  const config = parsed.config;
  const quiet = () => {};
  const { url, child } = await startUpstream();
  try {
    const slow = `${url}/delay?ms=250`;
    const diagnose = async (endpoint: string) => {
      const started = performance.now();
      const report = await runDiagnosis({ endpoint, key: KEY }, { config, log: quiet });
      return { ms: performance.now() - started, probes: report.probes.length };
    };

    // Warm up both paths (JIT, module loading), then interleave so drift hits both alike.
    await bareRequest(slow);
    await diagnose(slow);
    const bare: number[] = [];
    const full: number[] = [];
    let probes = 0;
    for (let i = 0; i < RUNS; i++) {
      bare.push(await bareRequest(slow));
      const d = await diagnose(slow);
      full.push(d.ms);
      probes = d.probes;
    }
    const ratio = median(full) / median(bare);

    // A first round that names Kong, then its follow-up round: one more round trip.
    const kong = `${url}/delay?ms=250&as=kong`;
    await diagnose(kong);
    const followed: number[] = [];
    let followedProbes = 0;
    for (let i = 0; i < RUNS; i++) {
      const d = await diagnose(kong);
      followed.push(d.ms);
      followedProbes = d.probes;
    }
    const followRatio = median(followed) / median(bare);

    const instant = `${url}/delay?ms=0`;
    let done = 0;
    const deadline = performance.now() + THROUGHPUT_MS;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < deadline) {
          await diagnose(instant);
          done += 1;
        }
      }),
    );
    const perSecond = done / ((performance.now() - started) / 1000);
    const peakRssMb = process.resourceUsage().maxRSS / 1024;

    return [
      { name: "bare request, 250 ms upstream (median)", value: median(bare), unit: "ms" },
      { name: `full diagnosis, ${probes} probes (median)`, value: median(full), unit: "ms" },
      {
        name: "diagnosis / bare request",
        value: ratio,
        unit: "×",
        target: "≤ 1.15",
        ok: ratio <= 1.15,
      },
      {
        name: `diagnosis with a follow-up round (Kong), ${followedProbes} probes (median)`,
        value: median(followed),
        unit: "ms",
      },
      {
        // Two round trips: the first round, then the follow-up.
        name: "diagnosis with a follow-up / bare request",
        value: followRatio,
        unit: "×",
        target: "≤ 2.3",
        ok: followRatio <= 2.3,
      },
      {
        name: `diagnoses per second, ${CONCURRENCY} concurrent clients`,
        value: perSecond,
        unit: "/s",
      },
      { name: "peak RSS of the diagnosing process", value: peakRssMb, unit: "MB" },
    ];
  } finally {
    child.kill("SIGTERM");
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run().then(
    (rows) => console.log(printTable(rows)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
