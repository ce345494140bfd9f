import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprintCommands, normalizePrinted } from "@/components/wizard/fingerprint-commands";
import { fingerprintKey } from "@/lib/inspect";

const KEYS = [
  "sk-proj-abc123",
  "sk-ant-api03-xyz ", // a trailing space the running process really has
  "clé-ünïcödé-🔑",
  "with'single\"double$dollar`tick",
];

function has(bin: string): boolean {
  try {
    execFileSync("sh", ["-c", `command -v ${bin}`]);
    return true;
  } catch {
    return false;
  }
}

function commandFor(id: string): string {
  const c = fingerprintCommands("MY_KEY").find((x) => x.id === id);
  if (!c) throw new Error(`no command ${id}`);
  return c.command;
}

function run(command: string, env: Record<string, string>, cwd?: string): string {
  return execFileSync("bash", ["-c", command], {
    env: { PATH: process.env.PATH, ...env } as unknown as NodeJS.ProcessEnv,
    cwd,
  })
    .toString()
    .trim();
}

describe("the fingerprint one-liners print what fingerprintKey computes", () => {
  const runnable = [
    ["bash", true],
    ["node", true],
    ["python", has("python3")],
  ] as const;
  for (const [id, available] of runnable) {
    for (const key of KEYS) {
      it.skipIf(!available)(`${id}: ${JSON.stringify(key)}`, async () => {
        const printed = run(commandFor(id), { MY_KEY: key });
        expect(normalizePrinted(printed)).toBe(await fingerprintKey(key));
      });
    }
  }

  it("the .env one-liner reads the file the way a shell does (quotes removed)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "why401-env-"));
    writeFileSync(join(dir, ".env"), `OTHER=1\nMY_KEY="sk-proj-from-dotenv"\n`);
    const printed = run(commandFor("dotenv"), {}, dir);
    expect(normalizePrinted(printed)).toBe(await fingerprintKey("sk-proj-from-dotenv"));
  });

  it("docker and kubectl wrap the same sh pipeline", () => {
    const inner = commandFor("bash");
    expect(commandFor("docker")).toBe(`docker exec <container> sh -c '${inner}'`);
    expect(commandFor("kubectl")).toBe(`kubectl exec <pod> -- sh -c '${inner}'`);
  });

  it("never puts an unsafe variable name into a command", () => {
    for (const c of fingerprintCommands("X; rm -rf /")) expect(c.command).not.toContain("rm -rf");
  });
});

describe("normalizePrinted", () => {
  const cases: [string, string | undefined][] = [
    ["sha256:1a2b3c4d", "sha256:1a2b3c4d"],
    ["1A2B3C4D\n", "sha256:1a2b3c4d"],
    ["  SHA256: 1a2b3c4d ", "sha256:1a2b3c4d"],
    [`${"ab".repeat(32)}`, "sha256:abababab"],
    ["1a2b3c4", undefined],
    ["xyz12345", undefined],
    ["", undefined],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => expect(normalizePrinted(input)).toBe(expected));
  }
});
