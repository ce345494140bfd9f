import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/support/chromium";

const port = Number(process.env.WHY401_E2E_PORT ?? 3100);
const dataDir = process.env.WHY401_E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), "why401-e2e-"));
process.env.WHY401_E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "reports/playwright.json" }]],
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "off",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /load\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    {
      // The load test saturates both cores: it runs alone, after everything else.
      name: "load",
      testMatch: /load\.spec\.ts/,
      dependencies: ["chromium"],
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      WHY401_DIST_DIR: process.env.WHY401_DIST_DIR ?? ".next-e2e",
      WHY401_DATA_DIR: dataDir,
      WHY401_ALLOW_PRIVATE_TARGETS: "1",
      WHY401_RATE_LIMIT_PER_MINUTE: "1000",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
