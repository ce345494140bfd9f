import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgSchema, PG_REQUIRED, PG_URL, pgUnavailableNotice } from "../store/pg-test-db";

/**
 * Two app instances in two processes (each its own module graph, its own connection
 * pool) on one database: a link created on one opens and deletes on the other, and the
 * creation rate limit is one limit, not one per instance.
 */

interface Instance {
  url: string;
  pid: number;
  child: ChildProcess;
  output: () => string;
}

async function startInstance(env: Record<string, string>): Promise<Instance> {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/unit/share/support/share-instance.ts"],
    {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: "", WHY401_TRUST_PROXY: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  child.stderr?.on("data", (d) => {
    out += d;
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`instance did not start:\n${out}`)), 30_000);
    child.stdout?.on("data", (d) => {
      out += d;
      const match = /\{"port":(\d+)\}/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on("exit", () => reject(new Error(`instance exited:\n${out}`)));
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid ?? 0, child, output: () => out };
}

async function stop(i: Instance | undefined): Promise<void> {
  if (!i || i.child.exitCode !== null) return;
  const exited = new Promise((r) => i.child.once("exit", r));
  i.child.kill("SIGTERM");
  await exited;
}

/** Keeps a burst inside one fixed one-minute window. */
async function awayFromWindowEdge(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 5_000) await new Promise((r) => setTimeout(r, left + 200));
}

const IV = "AAECAwQFBgcICQoL";
const CIPHERTEXT = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQ";

const backends = [
  {
    name: "postgres",
    enabled: Boolean(PG_URL),
    async setup() {
      const schema = await createPgSchema();
      return { env: { DATABASE_URL: schema.url }, cleanup: schema.drop };
    },
  },
  {
    name: "sqlite (one file, two processes)",
    enabled: true,
    async setup() {
      const dir = mkdtempSync(join(tmpdir(), "why401-two-"));
      return {
        env: { WHY401_DATA_DIR: dir },
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
];

pgUnavailableNotice("two-instance share tests");
if (PG_REQUIRED) {
  it("PostgreSQL is reachable for the two-instance tests (required when CI=true)", () => {
    expect.fail("WHY401_TEST_DATABASE_URL is not set");
  });
}

for (const backend of backends) {
  describe.skipIf(!backend.enabled)(`two app instances on ${backend.name}`, () => {
    let a: Instance | undefined;
    let b: Instance | undefined;
    let cleanup: () => Promise<void> = async () => {};

    beforeAll(async () => {
      const s = await backend.setup();
      cleanup = s.cleanup;
      // 20 diagnoses a minute → 10 share creations a minute per client.
      const env = { ...s.env, WHY401_RATE_LIMIT_PER_MINUTE: "20" };
      [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
    });
    afterAll(async () => {
      await Promise.all([stop(a), stop(b)]);
      await cleanup();
    });

    it("are two processes", () => {
      expect(a?.pid).toBeGreaterThan(0);
      expect(b?.pid).toBeGreaterThan(0);
      expect(a?.pid).not.toBe(b?.pid);
    });

    it("share one link: created on A, read on B, deleted on B, gone on A", async () => {
      const created = await fetch(`${a!.url}/api/shares`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.1" },
        body: JSON.stringify({ ciphertext: CIPHERTEXT, iv: IV, ttlDays: 7 }),
      });
      expect(created.status).toBe(201);
      const { id, deleteToken } = await created.json();

      const read = await fetch(`${b!.url}/api/shares/${id}`);
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({ ciphertext: CIPHERTEXT, iv: IV });

      const deleted = await fetch(`${b!.url}/api/shares/${id}`, {
        method: "DELETE",
        headers: { authorization: `Bearer ${deleteToken}` },
      });
      expect(deleted.status).toBe(204);
      expect((await fetch(`${a!.url}/api/shares/${id}`)).status).toBe(404);
    });

    it("share one creation limit: a parallel burst over both admits exactly the limit", async () => {
      await awayFromWindowEdge();
      const client = "198.51.100.77";
      const statuses = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          fetch(`${(i % 2 ? a : b)!.url}/api/shares`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-forwarded-for": client },
            body: JSON.stringify({ ciphertext: CIPHERTEXT, iv: IV, ttlDays: 1 }),
          }).then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(20);
      // Each instance admitted some: the limit really was shared, not per instance.
      const fromA = statuses.filter((s, i) => i % 2 === 1 && s === 201).length;
      const fromB = statuses.filter((s, i) => i % 2 === 0 && s === 201).length;
      expect(fromA + fromB).toBe(10);
      expect(a!.output()).not.toContain("error");
      expect(b!.output()).not.toContain("error");
    });
  });
}
