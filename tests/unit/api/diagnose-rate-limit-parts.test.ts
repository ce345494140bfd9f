import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, DIRECT_CLIENT } from "@/lib/api/client-address";
import { createStoreRateLimitCounter } from "@/lib/store/rate-limit-counter";
import { openSqliteStore, SQLITE_FILE_NAME } from "@/lib/store/sqlite";
import type { Store } from "@/lib/store/store";

/** The counter every route uses, on a real SQLite file. Windows are fixed, aligned to their length. */
describe("the store-backed rate-limit counter", () => {
  let dir: string;
  let store: Store;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "why401-rate-limit-"));
    store = openSqliteStore(dir);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const counter = (keyPrefix?: string) =>
    createStoreRateLimitCounter({ store: async () => store, keyPrefix });
  const WINDOW = 60_000;
  const T = 1_000 * WINDOW; // the start of a window

  it("counts within a fixed window and resets after it", async () => {
    const c = counter();
    const hits = [];
    for (let i = 0; i < 4; i++) hits.push(await c.hit("k", 3, WINDOW, T));
    expect(hits.map((h) => h.allowed)).toEqual([true, true, true, false]);
    expect(hits[3]).toMatchObject({ remaining: 0, retryAfterSeconds: 60 });
    expect((await c.hit("k", 3, WINDOW, T + 30_000)).retryAfterSeconds).toBe(30);
    expect((await c.hit("k", 3, WINDOW, T + WINDOW)).allowed).toBe(true);
  });

  it("stays bounded under a flood of distinct keys: fixed-size hashed rows, purged when their window ends", async () => {
    const c = counter("flood:");
    for (let i = 0; i < 1_000; i++) await c.hit(`ip:10.0.${i >> 8}.${i & 255}`, 1, WINDOW, T);
    const db = new Database(join(dir, SQLITE_FILE_NAME), { readonly: true });
    try {
      const rows = () =>
        db.prepare("SELECT key FROM rate_limits WHERE key LIKE 'flood:%'").all() as {
          key: string;
        }[];
      const flood = rows();
      expect(flood).toHaveLength(1_000);
      // Only a hash of each key is kept: never a client address, and always 43 characters.
      expect(flood.every((r) => /^flood:[A-Za-z0-9_-]{43}$/.test(r.key))).toBe(true);
      await store.purgeExpired(T + WINDOW);
      expect(rows()).toHaveLength(0);
    } finally {
      db.close();
    }
  });
});

describe("clientAddress", () => {
  const headers = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});
  it.each([
    [false, "1.2.3.4", DIRECT_CLIENT],
    [true, undefined, DIRECT_CLIENT],
    [true, "1.2.3.4", "1.2.3.4"],
    [true, "6.6.6.6, 1.2.3.4", "1.2.3.4"],
    [true, "6.6.6.6,::ffff:1.2.3.4", "1.2.3.4"],
    [true, "[2001:db8::1]:443", "2001:db8:0:0::/64"],
    [true, "2001:db8::1, 2001:db8::ffff:1", "2001:db8:0:0::/64"],
    [true, "1.2.3.4:5678", "1.2.3.4"],
    [true, "garbage", DIRECT_CLIENT],
  ] as const)("trust=%s xff=%s → %s", (trust, xff, expected) => {
    expect(clientAddress(headers(xff), { WHY401_TRUST_PROXY: trust })).toBe(expected);
  });
});

describe("clientAddress with the start server's stamp", () => {
  const secret = "0123456789abcdef0123456789abcdef";
  it.each([
    [
      "a stamp with the right secret names the socket address",
      `${secret} ::ffff:10.1.2.3`,
      "10.1.2.3",
    ],
    ["a forged stamp (wrong secret) is ignored", "guess 10.9.9.9", DIRECT_CLIENT],
    ["a stamp without an address is ignored", `${secret}`, DIRECT_CLIENT],
  ])("%s", (_name, stamp, expected) => {
    const headers = new Headers({ "x-why401-client": stamp, "x-forwarded-for": "6.6.6.6" });
    expect(clientAddress(headers, { WHY401_TRUST_PROXY: false }, secret)).toBe(expected);
  });

  it("without a secret (plain `next start`) every client shares one bucket", () => {
    const headers = new Headers({ "x-why401-client": "anything 10.1.2.3" });
    expect(clientAddress(headers, { WHY401_TRUST_PROXY: false }, undefined)).toBe(DIRECT_CLIENT);
  });
});
