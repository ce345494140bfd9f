import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { DELETE, GET } from "@/app/api/shares/[id]/route";
import { POST } from "@/app/api/shares/route";
import { MAX_CIPHERTEXT_CHARS } from "@/app/api/shares/schema";
import { resetConfigForTests } from "@/lib/config";
import { closeStore } from "../../support/store";
import { createPgSchema, PG_REQUIRED, PG_URL, pgUnavailableNotice } from "../store/pg-test-db";

/** The share routes, called as Next calls them, over real SQLite and real PostgreSQL. */

const IV = "AAECAwQFBgcICQoL"; // 12 bytes
const CIPHERTEXT = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQ"; // 24 bytes

let clientCounter = 0;
/** A fresh client address per test, so rate-limit windows never leak between cases. */
function freshClient(): string {
  clientCounter += 1;
  return `203.0.113.${clientCounter}`;
}

function post(body: unknown, init: { client?: string; headers?: Record<string, string> } = {}) {
  return POST(
    new Request("http://localhost/api/shares", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-forwarded-for": init.client ?? freshClient(),
        ...init.headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (id: string) => GET(new Request(`http://localhost/api/shares/${id}`), ctx(id));
const del = (id: string, authorization?: string) =>
  DELETE(
    new Request(`http://localhost/api/shares/${id}`, {
      method: "DELETE",
      headers: authorization ? { authorization } : {},
    }),
    ctx(id),
  );

async function created(body: unknown = { ciphertext: CIPHERTEXT, iv: IV, ttlDays: 7 }) {
  const res = await post(body);
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; deleteToken: string; expiresAt: string };
}

interface Backend {
  name: string;
  enabled: boolean;
  setup(): Promise<{
    env: Record<string, string>;
    row: (id: string) => Promise<Record<string, unknown> | undefined>;
    cleanup: () => Promise<void>;
  }>;
}

const backends: Backend[] = [
  {
    name: "sqlite",
    enabled: true,
    async setup() {
      const dir = mkdtempSync(join(tmpdir(), "why401-share-routes-"));
      return {
        env: { WHY401_DATA_DIR: dir },
        async row(id) {
          const db = new Database(join(dir, "why401.db"), { readonly: true });
          try {
            return db.prepare("SELECT * FROM shares WHERE id = ?").get(id) as
              | Record<string, unknown>
              | undefined;
          } finally {
            db.close();
          }
        },
        cleanup: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "postgres",
    enabled: Boolean(PG_URL),
    async setup() {
      const schema = await createPgSchema();
      return {
        env: { DATABASE_URL: schema.url },
        async row(id) {
          const c = new pg.Client({ connectionString: schema.url });
          await c.connect();
          try {
            return (await c.query("SELECT * FROM shares WHERE id = $1", [id])).rows[0];
          } finally {
            await c.end();
          }
        },
        cleanup: schema.drop,
      };
    },
  },
];

pgUnavailableNotice("share route tests");
if (PG_REQUIRED) {
  it("PostgreSQL is reachable for the share route tests (required when CI=true)", () => {
    expect.fail("WHY401_TEST_DATABASE_URL is not set");
  });
}

function setEnv(env: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetConfigForTests();
}

for (const backend of backends) {
  describe.skipIf(!backend.enabled)(`share routes on ${backend.name}`, () => {
    let row: (id: string) => Promise<Record<string, unknown> | undefined>;
    let cleanup: () => Promise<void>;
    const saved = { ...process.env };

    beforeAll(async () => {
      await closeStore();
      const s = await backend.setup();
      row = s.row;
      cleanup = s.cleanup;
      setEnv({
        DATABASE_URL: undefined,
        WHY401_RATE_LIMIT_PER_MINUTE: "1000",
        WHY401_TRUST_PROXY: "1",
        ...s.env,
      });
    });
    afterAll(async () => {
      await closeStore();
      await cleanup();
      setEnv({
        DATABASE_URL: saved.DATABASE_URL,
        WHY401_DATA_DIR: saved.WHY401_DATA_DIR,
        WHY401_RATE_LIMIT_PER_MINUTE: saved.WHY401_RATE_LIMIT_PER_MINUTE,
      });
    });
    afterEach(() => {
      vi.useRealTimers();
      setEnv({ WHY401_RATE_LIMIT_PER_MINUTE: "1000" });
    });

    it("creates a share: 201, a 128-bit id, a 256-bit delete token, the expiry, no-store, noindex", async () => {
      const before = Date.now();
      const res = await post({ ciphertext: CIPHERTEXT, iv: IV, ttlDays: 30 });
      expect(res.status).toBe(201);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("x-robots-tag")).toContain("noindex");
      const body = await res.json();
      expect(Object.keys(body).sort()).toEqual(["deleteToken", "expiresAt", "id"]);
      expect(body.id).toMatch(/^[A-Za-z0-9_-]{22,}$/);
      expect(body.deleteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const expires = Date.parse(body.expiresAt);
      expect(expires - before).toBeGreaterThanOrEqual(30 * 86_400_000);
      expect(expires - Date.now()).toBeLessThanOrEqual(30 * 86_400_000);
    });

    it("gives every share a different id and token", async () => {
      const all = await Promise.all(Array.from({ length: 20 }, () => created()));
      expect(new Set(all.map((s) => s.id)).size).toBe(20);
      expect(new Set(all.map((s) => s.deleteToken)).size).toBe(20);
    });

    it("answers the ciphertext, IV and dates on GET", async () => {
      const s = await created({ ciphertext: CIPHERTEXT, iv: IV, ttlDays: 1 });
      const res = await get(s.id);
      expect(res.status).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(res.headers.get("x-robots-tag")).toContain("noindex");
      const body = await res.json();
      expect(body).toEqual({
        ciphertext: CIPHERTEXT,
        iv: IV,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        expiresAt: s.expiresAt,
      });
      expect(Date.parse(body.expiresAt) - Date.parse(body.createdAt)).toBe(86_400_000);
    });

    it("stores only a SHA-256 hash of the delete token", async () => {
      const s = await created();
      const stored = await row(s.id);
      expect(stored).toBeDefined();
      expect(stored?.delete_token_hash).toBe(
        createHash("sha256").update(s.deleteToken).digest("hex"),
      );
      expect(JSON.stringify(stored)).not.toContain(s.deleteToken);
    });

    it.each([
      ["an IV of 8 bytes", { ciphertext: CIPHERTEXT, iv: "AAECAwQFBgc", ttlDays: 7 }, "iv"],
      [
        "an IV of 16 bytes",
        { ciphertext: CIPHERTEXT, iv: "AAECAwQFBgcICQoLDA0ODw", ttlDays: 7 },
        "iv",
      ],
      [
        "an IV in standard base64",
        { ciphertext: CIPHERTEXT, iv: "AAECAwQFBgcICQo+", ttlDays: 7 },
        "iv",
      ],
      [
        "ciphertext with padding",
        { ciphertext: `${CIPHERTEXT}==`, iv: IV, ttlDays: 7 },
        "ciphertext",
      ],
      [
        "ciphertext shorter than a GCM tag",
        { ciphertext: "AAECAwQ", iv: IV, ttlDays: 7 },
        "ciphertext",
      ],
      ["ttlDays 2", { ciphertext: CIPHERTEXT, iv: IV, ttlDays: 2 }, "ttlDays"],
      ["ttlDays as a string", { ciphertext: CIPHERTEXT, iv: IV, ttlDays: "7" }, "ttlDays"],
      ["an extra field", { ciphertext: CIPHERTEXT, iv: IV, ttlDays: 7, key: "x" }, ""],
      ["no ciphertext", { iv: IV, ttlDays: 7 }, "ciphertext"],
    ])("refuses %s with 400 in the one error shape", async (_name, body, field) => {
      const res = await post(body);
      expect(res.status).toBe(400);
      const json = await res.json();
      expect(json).toEqual({ error: { code: "validation_failed", message: expect.any(String) } });
      expect(json.error.message).toContain(field);
    });

    it("refuses invalid JSON (400) and a non-JSON content type (415)", async () => {
      expect((await post("{nope")).status).toBe(400);
      expect((await post("x", { headers: { "content-type": "text/plain" } })).status).toBe(415);
    });

    it("answers 413 for a ciphertext over 256 KB, inside and beyond the body cap", async () => {
      const just = "A".repeat(MAX_CIPHERTEXT_CHARS + 8);
      const res = await post({ ciphertext: just, iv: IV, ttlDays: 7 });
      expect(res.status).toBe(413);
      expect((await res.json()).error.code).toBe("payload_too_large");
      const huge = "A".repeat(MAX_CIPHERTEXT_CHARS * 2);
      expect((await post({ ciphertext: huge, iv: IV, ttlDays: 7 })).status).toBe(413);
      // At the cap it is accepted.
      const atCap = "A".repeat(MAX_CIPHERTEXT_CHARS - (MAX_CIPHERTEXT_CHARS % 4));
      expect((await post({ ciphertext: atCap, iv: IV, ttlDays: 7 })).status).toBe(201);
    });

    it("limits creation per client (429 + Retry-After), separately per client, and 0 turns it off", async () => {
      setEnv({ WHY401_RATE_LIMIT_PER_MINUTE: "6" }); // shares: 3 a minute
      // Keep the burst inside one fixed one-minute window.
      const left = 60_000 - (Date.now() % 60_000);
      if (left < 3_000) await new Promise((r) => setTimeout(r, left + 100));
      const a = freshClient();
      const b = freshClient();
      const body = { ciphertext: CIPHERTEXT, iv: IV, ttlDays: 1 };
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(body, { client: a })).status);
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      const limited = await post(body, { client: a });
      expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
      expect((await limited.json()).error.code).toBe("rate_limited");
      expect((await post(body, { client: b })).status).toBe(201);

      setEnv({ WHY401_RATE_LIMIT_PER_MINUTE: "0" });
      const off = [];
      for (let i = 0; i < 8; i++) off.push((await post(body, { client: a })).status);
      expect(off.every((s) => s === 201)).toBe(true);
    });

    it("answers the same 404 for an unknown, a malformed and an expired id", async () => {
      const unknown = await get("AAAAAAAAAAAAAAAAAAAAAA");
      const malformed = await get("not-an-id!");
      const s = await created({ ciphertext: CIPHERTEXT, iv: IV, ttlDays: 1 });
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(Date.parse(s.expiresAt) + 1);
      const expired = await get(s.id);
      vi.useRealTimers();
      const bodies = [];
      for (const res of [unknown, malformed, expired]) {
        expect(res.status).toBe(404);
        bodies.push(await res.json());
      }
      expect(bodies[0]).toEqual({ error: { code: "not_found", message: expect.any(String) } });
      expect(bodies[1]).toEqual(bodies[0]);
      expect(bodies[2]).toEqual(bodies[0]);
      // Expired rows are purged on read.
      expect(await row(s.id)).toBeUndefined();
    });

    it("deletes with the right token only: 401 without one, 404 for a wrong one, then 204 and GET 404", async () => {
      const s = await created();
      const other = await created();
      expect((await del(s.id)).status).toBe(401);
      expect((await del(s.id, `Basic ${s.deleteToken}`)).status).toBe(401);
      const wrong = await del(s.id, `Bearer ${other.deleteToken}`);
      expect(wrong.status).toBe(404);
      const unknown = await del("AAAAAAAAAAAAAAAAAAAAAA", `Bearer ${s.deleteToken}`);
      expect(unknown.status).toBe(404);
      // A wrong token looks exactly like an unknown id.
      expect(await wrong.json()).toEqual(await unknown.json());
      expect((await get(s.id)).status).toBe(200);

      const ok = await del(s.id, `Bearer ${s.deleteToken}`);
      expect(ok.status).toBe(204);
      expect(await ok.text()).toBe("");
      expect((await get(s.id)).status).toBe(404);
      expect(await row(s.id)).toBeUndefined();
      expect((await del(s.id, `Bearer ${s.deleteToken}`)).status).toBe(404);
      expect((await get(other.id)).status).toBe(200);
    });
  });
}
