import "server-only";
import pg from "pg";
import { MIGRATIONS, MIGRATIONS_TABLE } from "./migrations";
import { type AddEchoCaptureResult, rateLimitDecision, type Store } from "./store";

/** Any constant: every instance takes this advisory lock while it migrates. */
const MIGRATION_LOCK_ID = 4_010_401;

// BIGINT columns hold epoch milliseconds, far below 2^53: numbers, not strings.
const ms = (v: unknown): number => Number(v);

/**
 * PostgreSQL through a `pg` Pool, for several instances behind a load balancer. Anything
 * that must hold across instances is one statement (rate limits) or a transaction that
 * locks the row it counts on (echo capture cap).
 */
export async function openPostgresStore(
  connectionString: string,
  options: { max?: number } = {},
): Promise<Store> {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
  // An idle client losing its connection must not crash the process; the next query
  // gets a fresh one. Log the code only: the error text may carry the URL.
  pool.on("error", (error: Error & { code?: string }) => {
    console.error(
      JSON.stringify({ level: "error", event: "db_idle_error", code: error.code ?? error.name }),
    );
  });
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }

  async function inTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    kind: "postgres",

    async createShare(s, maxTotalBytes) {
      const size = s.ciphertext.length;
      // One statement; under concurrent creates on several instances the total may pass
      // the cap by the shares being created at that moment (each at most the per-share cap).
      const { rowCount } = await pool.query(
        `INSERT INTO shares (id, ciphertext, iv, delete_token_hash, created_at, expires_at, size)
         SELECT $1, $2, $3, $4, $5::bigint, $6::bigint, $7::bigint
         WHERE (SELECT COALESCE(SUM(size), 0) FROM shares WHERE expires_at > $5::bigint) + $7::bigint <= $8::bigint`,
        [
          s.id,
          s.ciphertext,
          s.iv,
          s.deleteTokenHash,
          s.createdAt,
          s.expiresAt,
          size,
          maxTotalBytes ?? Number.MAX_SAFE_INTEGER,
        ],
      );
      return rowCount === 1 ? "ok" : "full";
    },
    async getShare(id, now) {
      const { rows } = await pool.query("SELECT * FROM shares WHERE id = $1", [id]);
      const row = rows[0];
      if (!row) return undefined;
      if (ms(row.expires_at) <= now) {
        await pool.query("DELETE FROM shares WHERE id = $1 AND expires_at <= $2", [id, now]);
        return undefined;
      }
      return {
        id: row.id,
        ciphertext: row.ciphertext,
        iv: row.iv,
        deleteTokenHash: row.delete_token_hash,
        createdAt: ms(row.created_at),
        expiresAt: ms(row.expires_at),
      };
    },
    async deleteShare(id) {
      const result = await pool.query("DELETE FROM shares WHERE id = $1", [id]);
      return (result.rowCount ?? 0) > 0;
    },

    async createEchoSession(s) {
      await pool.query(
        "INSERT INTO echo_sessions (id, created_at, expires_at) VALUES ($1, $2, $3)",
        [s.id, s.createdAt, s.expiresAt],
      );
    },
    async getEchoSession(id, now) {
      const { rows } = await pool.query(
        "SELECT id, created_at, expires_at FROM echo_sessions WHERE id = $1",
        [id],
      );
      const row = rows[0];
      if (!row) return undefined;
      if (ms(row.expires_at) <= now) {
        await pool.query("DELETE FROM echo_sessions WHERE id = $1 AND expires_at <= $2", [id, now]);
        return undefined;
      }
      return { id: row.id, createdAt: ms(row.created_at), expiresAt: ms(row.expires_at) };
    },
    async addEchoCapture(sessionId, capture, now, maxPerSession) {
      const data = JSON.stringify(capture) ?? "null";
      return inTransaction(async (client): Promise<AddEchoCaptureResult> => {
        // The UPDATE locks the session row, so concurrent captures take slots one by one.
        const slot = await client.query(
          `UPDATE echo_sessions SET capture_count = capture_count + 1
           WHERE id = $1 AND expires_at > $2 AND capture_count < $3 RETURNING capture_count`,
          [sessionId, now, maxPerSession],
        );
        const seq = slot.rows[0]?.capture_count as number | undefined;
        if (seq === undefined) {
          const live = await client.query(
            "SELECT 1 FROM echo_sessions WHERE id = $1 AND expires_at > $2",
            [sessionId, now],
          );
          return live.rows.length > 0 ? "full" : "not_found";
        }
        await client.query(
          "INSERT INTO echo_captures (session_id, seq, data, created_at) VALUES ($1, $2, $3, $4)",
          [sessionId, seq, data, now],
        );
        return "ok";
      });
    },
    async listEchoCaptures(sessionId, now) {
      const { rows } = await pool.query(
        `SELECT c.data FROM echo_captures c JOIN echo_sessions s ON s.id = c.session_id
         WHERE c.session_id = $1 AND s.expires_at > $2 ORDER BY c.seq`,
        [sessionId, now],
      );
      return rows.map((r) => JSON.parse(r.data as string) as unknown);
    },

    async hitRateLimit(key, limit, windowMs, now) {
      const windowStart = Math.floor(now / windowMs) * windowMs;
      // One statement: PostgreSQL serialises concurrent upserts on the same key, so
      // every instance sees every other's hits.
      const { rows } = await pool.query(
        `INSERT INTO rate_limits (key, window_start, count, expires_at) VALUES ($1, $2, 1, $3)
         ON CONFLICT (key) DO UPDATE SET
           count = CASE WHEN rate_limits.window_start >= excluded.window_start
                        THEN rate_limits.count + 1 ELSE 1 END,
           window_start = GREATEST(rate_limits.window_start, excluded.window_start),
           expires_at = GREATEST(rate_limits.expires_at, excluded.expires_at)
         RETURNING count, window_start`,
        [key, windowStart, windowStart + windowMs],
      );
      const row = rows[0];
      if (!row) throw new Error("rate limit upsert returned no row");
      return rateLimitDecision(Number(row.count), ms(row.window_start), limit, windowMs, now);
    },

    async purgeExpired(now) {
      await pool.query("DELETE FROM shares WHERE expires_at <= $1", [now]);
      await pool.query("DELETE FROM echo_sessions WHERE expires_at <= $1", [now]);
      await pool.query("DELETE FROM rate_limits WHERE expires_at <= $1", [now]);
    },
    async migrationVersions() {
      const { rows } = await pool.query("SELECT version FROM why401_migrations ORDER BY version");
      return rows.map((r) => Number(r.version));
    },
    async close() {
      await pool.end();
    },
  };
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    // Instances starting together queue here; the first applies, the rest find it done.
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_ID]);
    await client.query(MIGRATIONS_TABLE);
    const { rows } = await client.query("SELECT version FROM why401_migrations");
    const applied = new Set(rows.map((r) => Number(r.version)));
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      for (const statement of m.statements) await client.query(statement);
      await client.query(
        "INSERT INTO why401_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
        [m.version, m.name, Date.now()],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
