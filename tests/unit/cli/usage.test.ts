import { spawnSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPORT_VERSION } from "@/lib/diagnosis/report";
import { isShareableReport } from "@/lib/share/report-guard";
import {
  closedPortUrl,
  GOOD_KEY,
  type MockUpstream,
  startMockUpstream,
} from "../../mock-upstream/server";
import { cliBin, expectNoSecrets, runCli, workDir } from "../../support/cli";

/** The command line's contract: flags, exit codes, CI verdicts, the guard, JSON and colour. */

const CANARY = "sk-proj-why401CanaryKey987654321zyxwvuTSRQPONMLKJIHgfedcba";
const SECRETS = [GOOD_KEY, CANARY];

let upstream: MockUpstream;
let endpoint: string;
beforeAll(async () => {
  upstream = await startMockUpstream();
  endpoint = `${upstream.url}/openai/v1/models`;
});
afterAll(() => upstream.close());

const cli = (args: string[], env: Record<string, string> = {}) =>
  runCli(args, { env, secrets: SECRETS });

describe("flags", () => {
  it("refuses --key with the reason, in either spelling, and sends nothing", async () => {
    upstream.reset();
    for (const args of [
      [endpoint, "--key", CANARY],
      [endpoint, `--key=${CANARY}`],
    ]) {
      const run = await cli(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("shell history");
      expect(run.stderr).toContain("--key-env");
    }
    expect(upstream.connections()).toBe(0);
  });

  it("an unknown flag is exit 2 with the usage; --help is exit 0", async () => {
    const unknown = await cli([endpoint, "--key-env", "K", "--frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown option --frobnicate");
    expect(unknown.stderr).toContain("Usage: why401");
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--key-stdin");
    expect(help.stdout).toContain("Exit codes");
  });

  it("bad input is named by its flag, never quoted", async () => {
    const header = await cli(
      [endpoint, "--key-env", "K", "-H", `Authorization: Bearer ${CANARY}`],
      {
        K: GOOD_KEY,
      },
    );
    expect(header.code).toBe(2);
    expect(header.stderr).toContain("-H");
    const method = await cli([endpoint, "--key-env", "K", "-X", "BREW"], { K: GOOD_KEY });
    expect(method.code).toBe(2);
    expect(method.stderr).toContain("-X");
  });

  it("--json errors keep the API's { error: { code, message } } shape on stdout", async () => {
    const run = await cli([endpoint, "--json", "--key-env", "OPENAI_API_KEY"]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      error: { code: "variable_missing", message: expect.stringContaining("OPENAI_API_KEY") },
    });
  });
});

describe("CI", () => {
  it("an empty secret on a GitHub pull_request is its own verdict: forks get no secrets (exit 2)", async () => {
    upstream.reset();
    const env = {
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: "pull_request",
      OPENAI_API_KEY: "",
    };
    const run = await cli([endpoint, "--provider", "openai", "--key-env", "OPENAI_API_KEY"], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("OPENAI_API_KEY is empty in this CI job");
    expect(run.stderr).toContain("from forks");
    expect(run.stderr).toContain("github.event.pull_request.head.repo.full_name");
    expect(upstream.connections()).toBe(0);

    const json = await cli([endpoint, "--json", "--key-env", "OPENAI_API_KEY"], env);
    expect(JSON.parse(json.stdout).error.code).toBe("ci_secret_missing");
  });

  it("a missing secret on a push says where secrets are configured instead", async () => {
    const run = await cli([endpoint, "--key-env", "OPENAI_API_KEY"], {
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_EVENT_NAME: "push",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("OPENAI_API_KEY is not set in this CI job");
    expect(run.stderr).toContain("secrets.OPENAI_API_KEY");
    expect(run.stderr).not.toContain("from forks");
  });
});

describe("targets", () => {
  it("never probes a cloud metadata address, even though private targets are allowed", async () => {
    for (const target of [
      "http://169.254.169.254/latest/meta-data/",
      "http://metadata.google.internal/",
    ]) {
      const run = await cli([target, "--key-env", "K"], { K: CANARY });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("cloud metadata");
    }
  });

  it("--strict applies the server's guard: a loopback API is refused", async () => {
    upstream.reset();
    const run = await cli([endpoint, "--strict", "--key-env", "K"], { K: GOOD_KEY });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--strict");
    expect(upstream.connections()).toBe(0);
  });

  it("an endpoint nothing listens on is exit 3", async () => {
    const run = await cli([await closedPortUrl(), "--key-env", "K"], { K: CANARY });
    expect(run.code).toBe(3);
    expect(run.stdout).toContain("endpoint_unreachable");
  });
});

describe("output", () => {
  it("--json prints the report the API answers, which the report guard accepts", async () => {
    const run = await cli([endpoint, "--provider", "openai", "--key-env", "K", "--json"], {
      K: CANARY,
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(isShareableReport(report)).toBe(true);
    expect(report.version).toBe(REPORT_VERSION);
    expect(report.verdict.causeId).toBe("key_rejected");
    expect(report.target.origin).toBe(upstream.url);
    // Progress goes to stderr, so stdout stays one JSON document.
    expect(run.stderr).toContain("why401: as-sent: 401");
  });

  it("colour only when asked or on a terminal, and NO_COLOR always wins", async () => {
    const args = [endpoint, "--provider", "openai", "--key-env", "K"];
    const ESC = "\u001b[";
    const plain = await cli(args, { K: GOOD_KEY });
    expect(plain.stdout).not.toContain(ESC);
    const forced = await cli(args, { K: GOOD_KEY, FORCE_COLOR: "1" });
    expect(forced.stdout).toContain(ESC);
    const refused = await cli(args, { K: GOOD_KEY, FORCE_COLOR: "1", NO_COLOR: "1" });
    expect(refused.stdout).not.toContain(ESC);
  });

  it("--share to something that answers 201 but is not why401 keeps the report and says so", async () => {
    const impostor = createServer((req, res) => {
      req.resume();
      res.writeHead(201, { "content-type": "text/html" }).end("<html>created</html>");
    });
    await new Promise<void>((resolve) => impostor.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(impostor.address() as AddressInfo).port}`;
    try {
      const run = await cli(
        [endpoint, "--provider", "openai", "--key-env", "K", "--json", "--share", origin],
        { K: GOOD_KEY },
      );
      expect(run.stderr).not.toContain("unexpected");
      expect(run.stderr).toContain(`sharing failed: ${origin} did not answer as a why401 instance`);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).verdict.causeId).toBe("credentials_work");
    } finally {
      await new Promise((resolve) => impostor.close(resolve));
    }
  });

  it("the built file runs alone: no node_modules next to it, executable through its shebang", () => {
    const dir = workDir();
    const copy = join(dir, "why401");
    copyFileSync(cliBin(), copy);
    // Only PATH: no NODE_PATH or anything else that could lend it modules.
    const env = { PATH: process.env.PATH ?? "/usr/bin:/bin" } as unknown as NodeJS.ProcessEnv;
    const run = spawnSync(copy, ["--version"], { cwd: dir, encoding: "utf8", env });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^why401 \d+\.\d+\.\d+/);
    const bundle = readFileSync(cliBin(), "utf8");
    expect(bundle.startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(bundle).not.toMatch(/require\("(next|react|react-dom|better-sqlite3|pg)(\/[^"]*)?"\)/);
    expectNoSecrets({ code: run.status, stdout: run.stdout, stderr: run.stderr }, SECRETS);
  });
});
