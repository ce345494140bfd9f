import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, inject } from "vitest";

/** The built `why401` command, run as a user would: a child process with its own env and cwd. */

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  env?: Record<string, string>;
  cwd?: string;
  stdin?: string;
  /** Values that must never appear in stdout or stderr (the canary check of every run). */
  secrets: string[];
}

export function cliBin(): string {
  return inject("why401Cli");
}

/** A fresh working directory, with `.env`-style files written as given. */
export function workDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "why401-cli-cwd-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Every form of a secret a leak could take in text: whole, trimmed, and its middle part. */
function needles(secret: string): string[] {
  const trimmed = secret.trim();
  const middle = trimmed.length >= 24 ? [trimmed.slice(8, -8)] : [];
  return [secret, trimmed, ...middle].filter((s) => s.length >= 8);
}

export function expectNoSecrets(run: CliRun, secrets: string[]): void {
  for (const secret of secrets) {
    for (const needle of needles(secret)) {
      expect(run.stdout.includes(needle), "a secret reached stdout").toBe(false);
      expect(run.stderr.includes(needle), "a secret reached stderr").toBe(false);
    }
  }
}

export async function runCli(args: string[], options: CliOptions): Promise<CliRun> {
  // Nothing inherited: no proxy, CI flag, key or colour setting from the machine running the tests.
  const env = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    WHY401_SECRETS_DIR: workDir(),
    ...options.env,
  } as Record<string, string> as unknown as NodeJS.ProcessEnv;
  const child = spawn(process.execPath, [cliBin(), ...args], {
    cwd: options.cwd ?? workDir(),
    env,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => {
    stdout += d;
  });
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  child.stdin.end(options.stdin ?? "");
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const run = { code, stdout, stderr };
  expectNoSecrets(run, options.secrets);
  return run;
}
