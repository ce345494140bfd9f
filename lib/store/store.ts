import "server-only";
import type { RateLimitDecision } from "@/lib/api/rate-limit";

/**
 * The one storage interface. Two adapters implement it with the same logical schema:
 * SQLite (better-sqlite3, the default, one file in WHY401_DATA_DIR) and PostgreSQL (`pg`
 * Pool, when DATABASE_URL is set, so several instances share shares, echo captures and
 * rate limits). Every method is async for both, so callers never know which one runs.
 *
 * Times are epoch milliseconds. Everything that expires is invisible once
 * `expiresAt <= now`, whether or not the periodic purge has removed it yet.
 *
 * Nothing in here may hold key material: shares are ciphertext (the key is in the link's
 * fragment, never sent), echo captures arrive already key-free, rate-limit keys are
 * client addresses or route names.
 *
 * Echo check (lib/echo, app/api/echo) uses:
 *   createEchoSession({ id, createdAt, expiresAt })    create a capture URL's session
 *   getEchoSession(id, now)                            the session, or undefined when unknown or expired
 *   addEchoCapture(sessionId, capture, now, max)       append one JSON capture atomically:
 *       "ok" stored, "full" the session already holds `max` captures,
 *       "not_found" unknown or expired session. The cap holds under concurrency
 *       (several instances on one PostgreSQL included).
 *   listEchoCaptures(sessionId, now)                   the captures in arrival order
 *       ([] for an unknown or expired session; check getEchoSession to tell them apart)
 * Captures are stored as JSON text and come back parsed; they are deleted with their
 * session when it expires.
 */

export interface ShareRecord {
  id: string;
  /** base64url, as the browser sent it. */
  ciphertext: string;
  /** base64url of the 12-byte AES-GCM IV. */
  iv: string;
  /** SHA-256 of the delete token, hex. The token itself is never stored. */
  deleteTokenHash: string;
  createdAt: number;
  expiresAt: number;
}

export interface EchoSession {
  id: string;
  createdAt: number;
  expiresAt: number;
}

type CreateShareResult = "ok" | "full";

export type AddEchoCaptureResult = "ok" | "full" | "not_found";

export interface Store {
  readonly kind: "sqlite" | "postgres";

  /**
   * Stores a share unless the live shares' ciphertexts, with this one, would exceed
   * `maxTotalBytes` (then "full", nothing stored). Without a cap it always stores.
   */
  createShare(share: ShareRecord, maxTotalBytes?: number): Promise<CreateShareResult>;
  /** undefined when unknown or expired (an expired row is purged on the way). */
  getShare(id: string, now: number): Promise<ShareRecord | undefined>;
  /** True when a live share with that id was deleted. The caller checks the token first. */
  deleteShare(id: string): Promise<boolean>;

  createEchoSession(session: EchoSession): Promise<void>;
  getEchoSession(id: string, now: number): Promise<EchoSession | undefined>;
  addEchoCapture(
    sessionId: string,
    capture: unknown,
    now: number,
    maxPerSession: number,
  ): Promise<AddEchoCaptureResult>;
  listEchoCaptures(sessionId: string, now: number): Promise<unknown[]>;

  /**
   * Counts one hit on `key` in the fixed window containing `now`, atomically (one
   * statement), so parallel requests and several instances never over-admit.
   */
  hitRateLimit(
    key: string,
    limit: number,
    windowMs: number,
    now: number,
  ): Promise<RateLimitDecision>;

  /** Deletes every expired share, echo session (with its captures) and rate-limit window. */
  purgeExpired(now: number): Promise<void>;
  /** The applied migration versions, ascending (for tests and diagnostics). */
  migrationVersions(): Promise<number[]>;
  close(): Promise<void>;
}

/** Turns a window's count into the decision the rate-limit port answers. */
export function rateLimitDecision(
  count: number,
  windowStart: number,
  limit: number,
  windowMs: number,
  now: number,
): RateLimitDecision {
  return {
    allowed: count <= limit,
    remaining: Math.max(0, limit - count),
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)),
  };
}
