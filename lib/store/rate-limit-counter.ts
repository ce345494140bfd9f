import "server-only";
import type { RateLimitCounter } from "@/lib/api/rate-limit";
import { getStore } from "./index";

/**
 * The rate-limit port backed by the store, so instances on one PostgreSQL share limits.
 * `keyPrefix` gives a counter its own set of windows (tests use it to start from zero).
 */
export function createStoreRateLimitCounter(
  options: {
    store?: () => Promise<{ hitRateLimit: RateLimitCounter["hit"] }>;
    keyPrefix?: string;
  } = {},
): RateLimitCounter {
  const store = options.store ?? getStore;
  const prefix = options.keyPrefix ?? "";
  return {
    async hit(key, limit, windowMs, now) {
      return (await store()).hitRateLimit(prefix + key, limit, windowMs, now);
    },
  };
}
