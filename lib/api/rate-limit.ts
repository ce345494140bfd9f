/**
 * Fixed-window rate limiting behind a small port. The one implementation keeps its
 * counters in the store (lib/store/rate-limit-counter): SQLite for one instance, or
 * PostgreSQL shared by several.
 */
export interface RateLimitDecision {
  allowed: boolean;
  /** Seconds until the window resets (for Retry-After). */
  retryAfterSeconds: number;
  remaining: number;
}

export interface RateLimitCounter {
  /** Counts one hit on `key` in the current window and says whether it is within `limit`. */
  hit(key: string, limit: number, windowMs: number, now: number): Promise<RateLimitDecision>;
}
