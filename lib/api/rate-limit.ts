/**
 * Fixed-window rate limiting behind a small port, so the counters can live in memory
 * (one instance) or in the shared store (several instances on one PostgreSQL).
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
