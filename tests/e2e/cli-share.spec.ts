import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { GOOD_KEY } from "../mock-upstream/server";

/**
 * `why401 --share`: the built command diagnoses a stale shell export against the mock
 * upstream, encrypts the report as the web app does and uploads it to this server; the
 * link opens in chromium with the same top cause. The keys never appear in its output.
 */

const OLD_KEY = "sk-proj-why401OldShellKey456789abcdefABCDEFghijklmnopqrstuvw";
let dir: string;
let bin: string;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "why401-cli-e2e-"));
  bin = join(dir, "why401.cjs");
  const built = spawnSync(process.execPath, ["scripts/build-cli.mjs", bin], { encoding: "utf8" });
  expect(built.status, built.stderr).toBe(0);
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runCli(args: string[], env: Record<string, string>, cwd: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env } as unknown as NodeJS.ProcessEnv,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

test("a report shared from the command line opens in the browser with the same top cause", async ({
  page,
  baseURL,
}) => {
  const upstream = process.env.WHY401_MOCK_UPSTREAM;
  expect(upstream).toBeTruthy();
  const cwd = mkdtempSync(join(dir, "project-"));
  writeFileSync(join(cwd, ".env"), `OPENAI_API_KEY=${GOOD_KEY}\n`);
  const run = await runCli(
    [
      `${upstream}/openai/v1/models`,
      "--provider",
      "openai",
      "--key-env",
      "OPENAI_API_KEY",
      "--json",
      "--share",
      baseURL!,
      "--share-days",
      "1",
    ],
    { OPENAI_API_KEY: OLD_KEY, WHY401_SECRETS_DIR: join(cwd, "no-secrets") },
    cwd,
  );
  for (const secret of [GOOD_KEY, OLD_KEY]) {
    expect(run.stdout).not.toContain(secret);
    expect(run.stderr).not.toContain(secret);
  }
  expect(run.code).toBe(1);
  const report = JSON.parse(run.stdout);
  expect(report.verdict.causeId).toBe("stale_environment");
  const link = /share link: (\S+)/.exec(run.stderr)?.[1] ?? "";
  expect(link.startsWith(`${baseURL}/r/`)).toBe(true);
  expect(new URL(link).hash).toMatch(/^#k=[A-Za-z0-9_-]{43}$/);

  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(link);
  await expect(page.locator("[data-share-state]").first()).toHaveAttribute(
    "data-share-state",
    "ready",
  );
  await expect(page.locator("[data-cause]").first()).toHaveAttribute(
    "data-cause",
    report.verdict.causeId,
  );
  await expect(page.getByText(report.verdict.headline).first()).toBeVisible();
  // The fragment key stayed in the browser.
  const key = new URL(link).hash.slice(3);
  expect(requests.some((r) => r.includes(key))).toBe(false);
});
