import "server-only";
import { ApiError } from "@/lib/api/errors";
import { getStore, type Store } from "./index";

/**
 * The store for a route: a database that cannot be opened (PostgreSQL not up yet, an
 * unwritable data directory) answers 503 with Retry-After, not a generic 500.
 */
export async function requireStore(): Promise<Store> {
  try {
    return await getStore();
  } catch {
    throw new ApiError(
      "service_unavailable",
      "why401 cannot reach its storage right now. Try again in a minute.",
      { retryAfterSeconds: 30 },
    );
  }
}
