import "server-only";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS, MIGRATIONS_TABLE } from "./migrations";
import {
  type AddEchoCaptureResult,
  type EchoSession,
  rateLimitDecision,
  type ShareRecord,
  type Store,
} from "./store";

export const SQLITE_FILE_NAME = "why401.db";

interface ShareRow {
  id: string;
  ciphertext: string;
  iv: string;
  delete_token_hash: string;
  created_at: number;
  expires_at: number;
}

interface SessionRow {
  id: string;
  created_at: number;
  expires_at: number;
}

/**
 * Opens (creating on first start) `<dataDir>/why401.db`. better-sqlite3 is synchronous
 * and one connection serves the process, so every statement and transaction here is
 * atomic with respect to this instance; WAL plus busy_timeout let a second process
 * (a CLI, a backup) read and write the same file without SQLITE_BUSY failures.
 */
export function openSqliteStore(dataDir: string): Store {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const db = new Database(join(dataDir, SQLITE_FILE_NAME));
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  migrate(db);

  const insertShare = db.prepare(
    `INSERT INTO shares (id, ciphertext, iv, delete_token_hash, created_at, expires_at, size)
     SELECT ?, ?, ?, ?, ?, ?, ?
     WHERE (SELECT COALESCE(SUM(size), 0) FROM shares WHERE expires_at > ?) + ? <= ?`,
  );
  const selectShare = db.prepare<[string], ShareRow>("SELECT * FROM shares WHERE id = ?");
  const deleteShareRow = db.prepare("DELETE FROM shares WHERE id = ?");
  const insertSession = db.prepare(
    "INSERT INTO echo_sessions (id, created_at, expires_at) VALUES (?, ?, ?)",
  );
  const selectSession = db.prepare<[string], SessionRow>(
    "SELECT id, created_at, expires_at FROM echo_sessions WHERE id = ?",
  );
  const deleteSession = db.prepare("DELETE FROM echo_sessions WHERE id = ?");
  const claimCaptureSlot = db.prepare<[string, number, number], { capture_count: number }>(
    `UPDATE echo_sessions SET capture_count = capture_count + 1
     WHERE id = ? AND expires_at > ? AND capture_count < ? RETURNING capture_count`,
  );
  const insertCapture = db.prepare(
    "INSERT INTO echo_captures (session_id, seq, data, created_at) VALUES (?, ?, ?, ?)",
  );
  const selectCaptures = db.prepare<[string, number], { data: string }>(
    `SELECT c.data FROM echo_captures c JOIN echo_sessions s ON s.id = c.session_id
     WHERE c.session_id = ? AND s.expires_at > ? ORDER BY c.seq`,
  );
  const hit = db.prepare<[string, number, number], { count: number; window_start: number }>(
    `INSERT INTO rate_limits (key, window_start, count, expires_at) VALUES (?, ?, 1, ?)
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN rate_limits.window_start >= excluded.window_start
                    THEN rate_limits.count + 1 ELSE 1 END,
       window_start = max(rate_limits.window_start, excluded.window_start),
       expires_at = max(rate_limits.expires_at, excluded.expires_at)
     RETURNING count, window_start`,
  );

  const addCapture = db.transaction(
    (sessionId: string, data: string, now: number, max: number): AddEchoCaptureResult => {
      const slot = claimCaptureSlot.get(sessionId, now, max);
      if (!slot) {
        const session = selectSession.get(sessionId);
        return session && session.expires_at > now ? "full" : "not_found";
      }
      insertCapture.run(sessionId, slot.capture_count, data, now);
      return "ok";
    },
  );

  const purge = db.transaction((now: number) => {
    db.prepare("DELETE FROM shares WHERE expires_at <= ?").run(now);
    db.prepare("DELETE FROM echo_sessions WHERE expires_at <= ?").run(now);
    db.prepare("DELETE FROM rate_limits WHERE expires_at <= ?").run(now);
  });

  return {
    kind: "sqlite",

    async createShare(s: ShareRecord, maxTotalBytes?: number) {
      const size = s.ciphertext.length;
      const cap = maxTotalBytes ?? Number.MAX_SAFE_INTEGER;
      // One statement: the check and the insert cannot be split by another writer.
      const result = insertShare.run(
        s.id,
        s.ciphertext,
        s.iv,
        s.deleteTokenHash,
        s.createdAt,
        s.expiresAt,
        size,
        s.createdAt,
        size,
        cap,
      );
      return result.changes === 1 ? "ok" : "full";
    },
    async getShare(id, now) {
      const row = selectShare.get(id);
      if (!row) return undefined;
      if (row.expires_at <= now) {
        deleteShareRow.run(id);
        return undefined;
      }
      return {
        id: row.id,
        ciphertext: row.ciphertext,
        iv: row.iv,
        deleteTokenHash: row.delete_token_hash,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
      };
    },
    async deleteShare(id) {
      return deleteShareRow.run(id).changes > 0;
    },

    async createEchoSession(s: EchoSession) {
      insertSession.run(s.id, s.createdAt, s.expiresAt);
    },
    async getEchoSession(id, now) {
      const row = selectSession.get(id);
      if (!row) return undefined;
      if (row.expires_at <= now) {
        deleteSession.run(id);
        return undefined;
      }
      return { id: row.id, createdAt: row.created_at, expiresAt: row.expires_at };
    },
    async addEchoCapture(sessionId, capture, now, maxPerSession) {
      return addCapture.immediate(sessionId, JSON.stringify(capture) ?? "null", now, maxPerSession);
    },
    async listEchoCaptures(sessionId, now) {
      return selectCaptures.all(sessionId, now).map((r) => JSON.parse(r.data) as unknown);
    },

    async hitRateLimit(key, limit, windowMs, now) {
      const windowStart = Math.floor(now / windowMs) * windowMs;
      const row = hit.get(key, windowStart, windowStart + windowMs);
      if (!row) throw new Error("rate limit upsert returned no row");
      return rateLimitDecision(row.count, row.window_start, limit, windowMs, now);
    },

    async purgeExpired(now) {
      purge.immediate(now);
    },
    async migrationVersions() {
      return db
        .prepare<[], { version: number }>("SELECT version FROM why401_migrations ORDER BY version")
        .all()
        .map((r) => r.version);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec(MIGRATIONS_TABLE);
  // IMMEDIATE takes the write lock first, so two processes starting on one file apply
  // each migration once.
  db.transaction(() => {
    const applied = new Set(
      db
        .prepare<[], { version: number }>("SELECT version FROM why401_migrations")
        .all()
        .map((r) => r.version),
    );
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      for (const statement of m.statements) db.exec(statement);
      db.prepare("INSERT INTO why401_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
        m.version,
        m.name,
        Date.now(),
      );
    }
  }).immediate();
}
