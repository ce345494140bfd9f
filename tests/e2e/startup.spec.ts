import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";

/** A bad configuration stops start-up with one clear line naming the variable. */
const cases = [
  ["WHY401_RATE_LIMIT_PER_MINUTE", "abc", "WHY401_RATE_LIMIT_PER_MINUTE accepts a whole number"],
  [
    "WHY401_ALLOW_PRIVATE_TARGETS",
    "yes",
    "WHY401_ALLOW_PRIVATE_TARGETS accepts 1, 0, true or false",
  ],
  ["PORT", "http", "PORT accepts a whole number from 1 to 65535"],
  [
    "DATABASE_URL",
    "mysql://root:hunter2@db/x",
    "DATABASE_URL accepts a postgres:// or postgresql:// URL",
  ],
] as const;

for (const [name, value, message] of cases) {
  test(`npm start refuses ${name}=${value.replace(/:[^:@]*@/, ":…@")}`, () => {
    const run = spawnSync(process.execPath, ["scripts/start.mjs"], {
      env: {
        ...process.env,
        PORT: "3299", // never listened on: validation stops start-up first
        HOSTNAME: "127.0.0.1",
        WHY401_DIST_DIR: process.env.WHY401_DIST_DIR ?? ".next-e2e",
        [name]: value,
      },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.split("\n").filter((l) => l.startsWith("why401:"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`why401: invalid configuration: ${message}`);
    expect(run.stderr + run.stdout).not.toContain("hunter2");
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
}
