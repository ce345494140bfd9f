import { parse } from "dotenv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprintKey } from "@/lib/inspect";
import { isShareableReport } from "@/lib/share/report-guard";
import { GOOD_KEY, type MockUpstream, startMockUpstream } from "../../mock-upstream/server";
import { runCli, workDir } from "../../support/cli";

/**
 * Where the key's value comes from, judged by the built command: the process environment,
 * `.env` files with dotenv's quoting and Next.js's precedence, mounted secrets, stdin, and
 * the provider's other variable names. Each distinct value is probed; the one that works
 * against the one the process reads is `stale_environment`.
 */

const OLD_KEY = "sk-proj-why401OldShellKey456789abcdefABCDEFghijklmnopqrstuvw";
const SECRETS = [GOOD_KEY, OLD_KEY];

let upstream: MockUpstream;
let endpoint: string;
beforeAll(async () => {
  upstream = await startMockUpstream();
  endpoint = `${upstream.url}/openai/v1/models`;
});
afterAll(() => upstream.close());

const cli = (
  args: string[],
  options: { env?: Record<string, string>; cwd?: string; stdin?: string } = {},
) => runCli([endpoint, "--provider", "openai", ...args], { ...options, secrets: SECRETS });

describe("the value the process reads", () => {
  it("a working key in the environment exits 0 with credentials_work", async () => {
    const run = await cli(["--key-env", "OPENAI_API_KEY"], { env: { OPENAI_API_KEY: GOOD_KEY } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("credentials_work");
    expect(run.stdout).toContain("sent from this machine");
    expect(run.stdout).not.toContain("our server");
    expect(run.stdout).toContain(await fingerprintKey(GOOD_KEY));
    expect(run.stderr).toContain("testing GET");
  });

  it("a shell export that overrides a working .env is stale_environment, top, with both fingerprints", async () => {
    const cwd = workDir({ ".env": `OPENAI_API_KEY=${GOOD_KEY}\n` });
    const run = await cli(["--key-env", "OPENAI_API_KEY", "--json"], {
      env: { OPENAI_API_KEY: OLD_KEY },
      cwd,
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(isShareableReport(report)).toBe(true);
    expect(report.verdict.causeId).toBe("stale_environment");
    // Proven by a request of this run (the .env value worked), which is not in the probe table.
    expect(report.causes[0].confirmed).toBe(true);
    expect(report.causes[0].confirmedBy).toBeUndefined();
    expect(report.causes[0].evidence.join(" ")).toContain(await fingerprintKey(GOOD_KEY));
    expect(report.causes[0].evidence.join(" ")).toContain(".env");
    expect(report.key.fingerprint).toBe(await fingerprintKey(OLD_KEY));

    const readable = await cli(["--key-env", "OPENAI_API_KEY"], {
      env: { OPENAI_API_KEY: OLD_KEY },
      cwd,
    });
    expect(readable.stdout).toMatch(
      /environment variable OPENAI_API_KEY overrides a working value from \.env/,
    );
    expect(readable.stdout).toMatch(/\.env: sha256:[0-9a-f]{8}, \d+ characters · accepted/);
    expect(readable.stdout).toContain(
      "stale_environment · confidence 0.96 · confirmed by a request",
    );
  });

  it("the same value in the shell and .env is probed once", async () => {
    const cwd = workDir({ ".env": `OPENAI_API_KEY=${OLD_KEY}\n` });
    upstream.reset();
    const run = await cli(["--key-env", "OPENAI_API_KEY"], {
      env: { OPENAI_API_KEY: OLD_KEY },
      cwd,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("same value as the used one");
    expect(upstream.requests().filter((r) => r.headerNames.includes("authorization")).length).toBe(
      // as-sent and the raw Authorization variant: one diagnosis, no second value
      2,
    );
  });
});

describe(".env files, read as dotenv reads them", () => {
  const tricky: [string, string][] = [
    ["a stray space inside double quotes", `OPENAI_API_KEY="${GOOD_KEY} "\n`],
    ["single quotes, export and a comment", `# the key\nexport OPENAI_API_KEY='${GOOD_KEY}'\n`],
    ["an inline comment after the value", `OPENAI_API_KEY=${GOOD_KEY} # prod\n`],
  ];
  for (const [name, text] of tricky) {
    it(`${name}: the command sees exactly dotenv's value`, async () => {
      const expected = parse(text).OPENAI_API_KEY ?? "";
      const run = await cli(["--key-env", "OPENAI_API_KEY", "--json"], {
        cwd: workDir({ ".env": text }),
      });
      const report = JSON.parse(run.stdout);
      expect(report.key.length).toBe(expected.length);
      expect(report.key.fingerprint).toBe(await fingerprintKey(expected));
      if (expected === GOOD_KEY) {
        expect(run.code).toBe(0);
        expect(report.key.findings).toEqual([]);
      } else {
        // dotenv keeps the space inside quotes. HTTP trims it from a header value (OWS),
        // so this API still accepts the key; the finding is reported all the same, since
        // the same value breaks in a query string, Basic auth or a signature.
        expect(report.key.findings.map((f: { kind: string }) => f.kind)).toContain(
          "trailing_whitespace",
        );
        expect(report.causes.map((c: { id: string }) => c.id)).toContain("key_whitespace");
        const readable = await cli(["--key-env", "OPENAI_API_KEY"], {
          cwd: workDir({ ".env": text }),
        });
        expect(readable.stdout).toMatch(
          /→ \.env: sha256:[0-9a-f]{8}, \d+ characters · used\n +! .*space/i,
        );
      }
    });
  }

  it("follows Next.js precedence: .env.local over .env, but not in test mode; the environment over both", async () => {
    const cwd = workDir({
      ".env": `OPENAI_API_KEY=${OLD_KEY}\n`,
      ".env.local": `OPENAI_API_KEY=${GOOD_KEY}\n`,
    });
    const local = await cli(["--key-env", "OPENAI_API_KEY"], { cwd });
    expect(local.code).toBe(0);
    expect(local.stdout).toMatch(/→ \.env\.local: /);

    const testMode = await cli(["--key-env", "OPENAI_API_KEY"], { cwd, env: { NODE_ENV: "test" } });
    expect(testMode.code).toBe(1);
    expect(testMode.stdout).toMatch(/→ \.env: /);

    const shell = await cli(["--key-env", "OPENAI_API_KEY"], {
      cwd,
      env: { OPENAI_API_KEY: OLD_KEY },
    });
    expect(shell.stdout).toMatch(/→ the environment variable OPENAI_API_KEY: /);
    expect(shell.code).toBe(1);

    const override = await cli(["--key-env", "OPENAI_API_KEY", "--dotenv-override"], {
      cwd,
      env: { OPENAI_API_KEY: OLD_KEY },
    });
    expect(override.stdout).toMatch(/→ \.env\.local: /);
    expect(override.code).toBe(0);
  });
});

describe("other places and names", () => {
  it("reads a mounted secret byte for byte: its trailing newline is found", async () => {
    const secrets = workDir({ openai_api_key: `${GOOD_KEY}\n` });
    const run = await cli(["--key-env", "OPENAI_API_KEY", "--json"], {
      env: { WHY401_SECRETS_DIR: secrets },
    });
    const report = JSON.parse(run.stdout);
    expect(report.key.length).toBe(GOOD_KEY.length + 1);
    expect(report.verdict.causeId).toBe("key_whitespace");
    expect(run.code).toBe(1);
  });

  it("takes the key from stdin, dropping the newline echo adds", async () => {
    const run = await cli(["--key-stdin"], { stdin: `${GOOD_KEY}\n` });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("credentials_work");
  });

  it("probes the provider's other variable names and reports base-URL variables", async () => {
    const run = await cli(["--key-env", "OPENAI_API_KEY"], {
      env: {
        OPENAI_API_KEY: OLD_KEY,
        OPENAI_KEY: GOOD_KEY,
        OPENAI_BASE_URL: "https://user:pw@relay.example/v1?token=abc",
      },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "overrides a working value from the environment variable OPENAI_KEY",
    );
    expect(run.stdout).toContain(
      "OPENAI_BASE_URL from the environment variable OPENAI_BASE_URL → https://relay.example",
    );
    // Only the origin of a base URL is shown: it may carry credentials.
    expect(run.stdout).not.toContain("pw@");
    expect(run.stdout).not.toContain("token=abc");
  });

  it("a variable set nowhere is bad input (exit 2), naming where it looked and a name that is set", async () => {
    const run = await cli(["--key-env", "OPENAI_API_KEY"], { env: { OPENAI_KEY: GOOD_KEY } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("OPENAI_API_KEY is not set");
    expect(run.stderr).toContain(".env.local");
    expect(run.stderr).toContain("OPENAI_KEY holds a value");
  });
});
