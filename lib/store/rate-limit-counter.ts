import "server-only";
import { createHash } from "node:crypto";
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
      // Keys name client addresses and target hosts: the store keeps only a hash of them.
      const hashed = createHash("sha256").update(`why401-rate-limit:${key}`).digest("base64url");
      return (await store()).hitRateLimit(prefix + hashed, limit, windowMs, now);
    },
  };
}
