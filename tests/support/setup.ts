// Component tests (jsdom) get the DOM matchers; node tests are unaffected.
if (typeof window !== "undefined") {
  await import("@testing-library/jest-dom/vitest");
}

// Server code under test opens the store (rate limits, shares, echo): give each test file
// its own SQLite directory so nothing is written into the repo's ./data or shared between runs.
// (A reused worker process gets a new one too: the previous file's was removed.)
if (
  (!process.env.WHY401_DATA_DIR || process.env.WHY401_DATA_DIR_FROM_SETUP) &&
  !process.env.DATABASE_URL
) {
  const { mkdtempSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "why401-vitest-"));
  process.env.WHY401_DATA_DIR = dir;
  process.env.WHY401_DATA_DIR_FROM_SETUP = "1";
  const { afterAll } = await import("vitest");
  const { rmSync } = await import("node:fs");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
}

export {};
