import type { RateLimitCounter, RateLimitDecision } from "./rate-limit";

/**
 * Fixed-window counters in this process's memory: right for one instance. The map is
 * bounded so a flood of distinct keys (spoofed clients, many hosts) cannot grow it without
 * limit; when full, expired windows are dropped first, then the oldest entries.
 */
export interface MemoryRateLimitOptions {
  maxKeys?: number;
}

interface Window {
  start: number;
  windowMs: number;
  count: number;
}

export function createMemoryRateLimitCounter(
  options: MemoryRateLimitOptions = {},
): RateLimitCounter & {
  size(): number;
} {
  const maxKeys = options.maxKeys ?? 10_000;
  const windows = new Map<string, Window>();

  const evict = (now: number) => {
    for (const [key, w] of windows) if (now - w.start >= w.windowMs) windows.delete(key);
    // Still full: drop the oldest (Map keeps insertion order, and we re-insert on reset).
    while (windows.size >= maxKeys) {
      const oldest = windows.keys().next();
      if (oldest.done) break;
      windows.delete(oldest.value);
    }
  };

  return {
    async hit(key, limit, windowMs, now): Promise<RateLimitDecision> {
      let w = windows.get(key);
      if (!w || now - w.start >= windowMs) {
        if (w) windows.delete(key);
        else if (windows.size >= maxKeys) evict(now);
        w = { start: now, windowMs, count: 0 };
        windows.set(key, w);
      }
      w.count += 1;
      const retryAfterSeconds = Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
      return {
        allowed: w.count <= limit,
        retryAfterSeconds,
        remaining: Math.max(0, limit - w.count),
      };
    },
    size: () => windows.size,
  };
}
