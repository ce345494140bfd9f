import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "../tests/support/app-server";

const root = resolve(import.meta.dirname, "..");

export interface Running {
  url: string;
  stop(): Promise<void>;
}

export async function startNextIn(cwd: string, env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    { cwd, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env } },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(url);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((ok) => {
        if (child.exitCode !== null) return ok();
        child.once("exit", () => ok());
        child.kill("SIGTERM");
      }),
  };
}

/** The project's own production build (bench uses its own dist dir, built by bench/run.ts). */
export function startAppServer(): Promise<Running> {
  return startNextIn(root, {
    WHY401_DIST_DIR: process.env.WHY401_DIST_DIR ?? ".next-bench",
    WHY401_DATA_DIR: mkdtempSync(join(tmpdir(), "why401-bench-")),
    WHY401_ALLOW_PRIVATE_TARGETS: "1",
    WHY401_RATE_LIMIT_PER_MINUTE: "0",
  });
}
