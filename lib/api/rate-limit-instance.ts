import { createStoreRateLimitCounter } from "@/lib/store/rate-limit-counter";
import type { RateLimitCounter } from "./rate-limit";

let counter: RateLimitCounter | undefined;
let keyPrefix = "";

/**
 * The counter every route uses: backed by the store (lib/store), so SQLite holds it for
 * one instance and PostgreSQL shares one limit between several instances.
 */
export function getRateLimitCounter(): RateLimitCounter {
  counter ??= createStoreRateLimitCounter({ keyPrefix });
  return counter;
}

/** For tests: start from empty counters (fresh keys; the store keeps the old windows until they expire). */
export function resetRateLimitCounterForTests(): void {
  counter = undefined;
  keyPrefix = `test-${crypto.randomUUID()}:`;
}
