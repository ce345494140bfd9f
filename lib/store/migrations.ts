import "server-only";

/**
 * Versioned schema, applied in order at start and recorded in `why401_migrations`.
 * The statements are plain SQL both SQLite and PostgreSQL accept (BIGINT is an INTEGER
 * in SQLite), so the two adapters hold one logical schema. Never edit a released
 * migration: add the next version.
 */
interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: "shares, echo sessions and captures, rate limits",
    statements: [
      `CREATE TABLE shares (
        id TEXT PRIMARY KEY,
        ciphertext TEXT NOT NULL,
        iv TEXT NOT NULL,
        delete_token_hash TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL
      )`,
      "CREATE INDEX shares_expires_at ON shares (expires_at)",
      `CREATE TABLE echo_sessions (
        id TEXT PRIMARY KEY,
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        capture_count INTEGER NOT NULL DEFAULT 0
      )`,
      "CREATE INDEX echo_sessions_expires_at ON echo_sessions (expires_at)",
      `CREATE TABLE echo_captures (
        session_id TEXT NOT NULL REFERENCES echo_sessions (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        data TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        PRIMARY KEY (session_id, seq)
      )`,
      `CREATE TABLE rate_limits (
        key TEXT PRIMARY KEY,
        window_start BIGINT NOT NULL,
        count INTEGER NOT NULL,
        expires_at BIGINT NOT NULL
      )`,
      "CREATE INDEX rate_limits_expires_at ON rate_limits (expires_at)",
    ],
  },
  {
    version: 2,
    name: "share sizes, for the total storage cap",
    statements: [
      // The ciphertext's length, kept beside it: summing the column through a covering
      // index never reads a ciphertext (a full store holds a gigabyte of them).
      "ALTER TABLE shares ADD COLUMN size BIGINT NOT NULL DEFAULT 0",
      "UPDATE shares SET size = length(ciphertext)",
      "CREATE INDEX shares_expires_at_size ON shares (expires_at, size)",
    ],
  },
];

export const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS why401_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at BIGINT NOT NULL
)`;
