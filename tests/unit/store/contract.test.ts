import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { openPostgresStore } from "@/lib/store/postgres";
import { openSqliteStore } from "@/lib/store/sqlite";
import type { ShareRecord, Store } from "@/lib/store/store";
import { createPgSchema, PG_REQUIRED, PG_URL, pgUnavailableNotice } from "./pg-test-db";

/**
 * One contract, run against both real adapters. `open()` gives a new connection to the
 * same database each time it is called within one test, so "two instances" are two
 * connections (two SQLite handles on one file, two pg Pools on one schema).
 */
interface Adapter {
  name: string;
  enabled: boolean;
  setup(): Promise<{ open: () => Promise<Store>; cleanup: () => Promise<void> }>;
}

const adapters: Adapter[] = [
  {
    name: "sqlite",
    enabled: true,
    async setup() {
      const root = mkdtempSync(join(tmpdir(), "why401-store-"));
      // A nested directory that does not exist yet: created on first start.
      const dir = join(root, "nested", "data");
      return {
        open: async () => openSqliteStore(dir),
        cleanup: async () => rmSync(root, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "postgres",
    enabled: Boolean(PG_URL),
    async setup() {
      const schema = await createPgSchema();
      return { open: () => openPostgresStore(schema.url, { max: 20 }), cleanup: schema.drop };
    },
  },
];

pgUnavailableNotice("store contract tests");

if (PG_REQUIRED) {
  it("PostgreSQL is reachable for the adapter tests (required when CI=true)", () => {
    expect.fail("WHY401_TEST_DATABASE_URL is not set; the PostgreSQL adapter was not tested");
  });
}

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const DAY = 86_400_000;

function share(id: string, overrides: Partial<ShareRecord> = {}): ShareRecord {
  return {
    id,
    ciphertext: "Y2lwaGVydGV4dA",
    iv: "AAAAAAAAAAAAAAAA",
    deleteTokenHash: "a".repeat(64),
    createdAt: T0,
    expiresAt: T0 + DAY,
    ...overrides,
  };
}

for (const adapter of adapters) {
  describe.skipIf(!adapter.enabled)(`Store contract: ${adapter.name}`, () => {
    let open: () => Promise<Store>;
    let cleanup: () => Promise<void>;
    const opened: Store[] = [];
    let store: Store;

    const connect = async () => {
      const s = await open();
      opened.push(s);
      return s;
    };

    beforeEach(async () => {
      ({ open, cleanup } = await adapter.setup());
      store = await connect();
    });
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
      await cleanup();
    });

    it("applies migrations once, and opening again (also concurrently) is a no-op", async () => {
      expect(store.kind).toBe(adapter.name);
      expect(await store.migrationVersions()).toEqual([1, 2]);
      const [a, b] = await Promise.all([connect(), connect()]);
      expect(await a.migrationVersions()).toEqual([1, 2]);
      expect(await b.migrationVersions()).toEqual([1, 2]);
      // Data survives a reopen: migrations did not recreate tables.
      await store.createShare(share("persist"));
      const again = await connect();
      expect((await again.getShare("persist", T0))?.id).toBe("persist");
    });

    it("creates, reads and deletes a share", async () => {
      const s = share("abc", { ciphertext: "x".repeat(1000), deleteTokenHash: "f".repeat(64) });
      await store.createShare(s);
      expect(await store.getShare("abc", T0 + 1)).toEqual(s);
      expect(await store.getShare("nope", T0)).toBeUndefined();
      expect(await store.deleteShare("abc")).toBe(true);
      expect(await store.getShare("abc", T0 + 1)).toBeUndefined();
      expect(await store.deleteShare("abc")).toBe(false);
    });

    it("bounds the total size of live shares; expired ones do not count", async () => {
      const kb = (id: string, n: number, expiresAt = T0 + DAY) =>
        share(id, { ciphertext: "x".repeat(n * 1024), expiresAt });
      expect(await store.createShare(kb("a", 40), 100 * 1024)).toBe("ok");
      expect(await store.createShare(kb("b", 40, T0 + 10), 100 * 1024)).toBe("ok");
      expect(await store.createShare(kb("c", 30), 100 * 1024)).toBe("full");
      expect(await store.getShare("c", T0)).toBeUndefined();
      expect(await store.createShare(kb("d", 20), 100 * 1024)).toBe("ok"); // exactly 100 KB
      // Once "b" expired, its bytes are free again.
      expect(await store.createShare({ ...kb("e", 35), createdAt: T0 + 20 }, 100 * 1024)).toBe(
        "ok",
      );
      expect(await store.createShare(kb("f", 1000))).toBe("ok"); // no cap given
    });

    it("refuses a second share with the same id", async () => {
      await store.createShare(share("dup"));
      await expect(store.createShare(share("dup"))).rejects.toThrow();
    });

    it("hides an expired share and purges it on read", async () => {
      await store.createShare(share("old", { expiresAt: T0 + 1000 }));
      expect(await store.getShare("old", T0 + 999)).toBeDefined();
      expect(await store.getShare("old", T0 + 1000)).toBeUndefined();
      // Read with an earlier clock: the row is gone, not merely hidden.
      expect(await store.getShare("old", T0)).toBeUndefined();
    });

    it("purgeExpired removes expired shares, sessions with their captures, and rate windows", async () => {
      await store.createShare(share("dead", { expiresAt: T0 + 10 }));
      await store.createShare(share("live", { expiresAt: T0 + DAY }));
      await store.createEchoSession({ id: "s-dead", createdAt: T0, expiresAt: T0 + 10 });
      await store.createEchoSession({ id: "s-live", createdAt: T0, expiresAt: T0 + DAY });
      expect(await store.addEchoCapture("s-dead", { n: 1 }, T0, 20)).toBe("ok");
      expect(await store.addEchoCapture("s-live", { n: 2 }, T0, 20)).toBe("ok");
      await store.hitRateLimit("ip:1", 1, 60_000, T0);

      await store.purgeExpired(T0 + 60_000);

      expect(await store.getShare("dead", T0)).toBeUndefined();
      expect(await store.getShare("live", T0)).toBeDefined();
      expect(await store.getEchoSession("s-dead", T0)).toBeUndefined();
      expect(await store.listEchoCaptures("s-dead", T0)).toEqual([]);
      expect(await store.listEchoCaptures("s-live", T0)).toEqual([{ n: 2 }]);
      // The window was purged: an old-clock hit starts a new count at 1.
      const d = await store.hitRateLimit("ip:1", 1, 60_000, T0);
      expect(d.allowed).toBe(true);
    });

    describe("echo sessions and captures", () => {
      it("stores captures as JSON and lists them in arrival order", async () => {
        await store.createEchoSession({ id: "e1", createdAt: T0, expiresAt: T0 + 900_000 });
        expect(await store.getEchoSession("e1", T0)).toEqual({
          id: "e1",
          createdAt: T0,
          expiresAt: T0 + 900_000,
        });
        const captures = [
          { method: "GET", path: "/v1/models", headerNames: ["authorization"] },
          { method: "POST", path: "/v1/chat", nested: { a: [1, null, "ü"] } },
          { method: "PUT", path: "/x" },
        ];
        for (const c of captures)
          expect(await store.addEchoCapture("e1", c, T0 + 1, 20)).toBe("ok");
        expect(await store.listEchoCaptures("e1", T0 + 2)).toEqual(captures);
      });

      it("caps captures per session, answers not_found for unknown or expired sessions", async () => {
        await store.createEchoSession({ id: "e2", createdAt: T0, expiresAt: T0 + 1000 });
        for (let i = 0; i < 3; i++)
          expect(await store.addEchoCapture("e2", { i }, T0, 3)).toBe("ok");
        expect(await store.addEchoCapture("e2", { i: 3 }, T0, 3)).toBe("full");
        expect(await store.addEchoCapture("missing", {}, T0, 3)).toBe("not_found");
        expect(await store.addEchoCapture("e2", {}, T0 + 1000, 3)).toBe("not_found");
        expect(await store.listEchoCaptures("e2", T0 + 1000)).toEqual([]);
        expect(await store.getEchoSession("e2", T0 + 1000)).toBeUndefined();
        expect(await store.getEchoSession("missing", T0)).toBeUndefined();
      });

      it("holds the cap when captures arrive in parallel on two connections", async () => {
        const other = await connect();
        await store.createEchoSession({ id: "e3", createdAt: T0, expiresAt: T0 + DAY });
        const results = await Promise.all(
          Array.from({ length: 60 }, (_, i) =>
            (i % 2 ? other : store).addEchoCapture("e3", { i }, T0 + i, 20),
          ),
        );
        expect(results.filter((r) => r === "ok")).toHaveLength(20);
        expect(results.filter((r) => r === "full")).toHaveLength(40);
        const listed = (await store.listEchoCaptures("e3", T0)) as { i: number }[];
        expect(listed).toHaveLength(20);
        expect(new Set(listed.map((c) => c.i)).size).toBe(20);
      });
    });

    describe("rate-limit counters", () => {
      it("counts within a fixed window and resets in the next", async () => {
        const w = 60_000;
        const start = Math.floor(T0 / w) * w;
        const decisions = [];
        for (let i = 0; i < 4; i++)
          decisions.push(await store.hitRateLimit("k", 3, w, start + 15_000));
        expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
        expect(decisions.map((d) => d.remaining)).toEqual([2, 1, 0, 0]);
        expect(decisions[3]?.retryAfterSeconds).toBe(45);
        expect((await store.hitRateLimit("other", 3, w, start + 15_000)).allowed).toBe(true);
        const next = await store.hitRateLimit("k", 3, w, start + w + 1);
        expect(next).toMatchObject({ allowed: true, remaining: 2 });
      });

      it("admits exactly `limit` of many parallel hits spread over two connections", async () => {
        const other = await connect();
        const results = await Promise.all(
          Array.from({ length: 120 }, (_, i) =>
            (i % 2 ? other : store).hitRateLimit("burst", 37, 60_000, T0),
          ),
        );
        expect(results.filter((r) => r.allowed)).toHaveLength(37);
      });

      it("an instance with a lagging clock does not reset a newer window", async () => {
        const w = 60_000;
        const start = Math.floor(T0 / w) * w;
        await store.hitRateLimit("skew", 2, w, start + w + 5); // new window, count 1
        await store.hitRateLimit("skew", 2, w, start + w - 5); // old clock: counts, no reset
        expect((await store.hitRateLimit("skew", 2, w, start + w + 6)).allowed).toBe(false);
      });
    });
  });
}

describe("SQLite specifics", () => {
  const root = mkdtempSync(join(tmpdir(), "why401-sqlite-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("creates <dir>/why401.db (directories included) in WAL mode", async () => {
    const dir = join(root, "a", "b");
    const store = openSqliteStore(dir);
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(join(dir, "why401.db"), { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
    await store.close();
  });
});
