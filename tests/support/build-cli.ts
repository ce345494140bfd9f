import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildCli } from "../../scripts/build-cli.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    why401Cli: string;
  }
}

/**
 * Builds the command line once per test run, with the same script `npm run build` uses,
 * into a private directory: the CLI tests spawn the built file, never the sources.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "why401-cli-build-"));
  const bin = await buildCli(join(dir, "why401.cjs"));
  project.provide("why401Cli", bin);
  return () => rmSync(dir, { recursive: true, force: true });
}
