import "server-only";
import { parseConfig } from "./config";

/** Start-up check: one clear line naming the variable and what it accepts, then exit 1. */
export function validateConfigOrExit(): void {
  const result = parseConfig(process.env);
  if (!result.ok) {
    console.error(result.message);
    process.exit(1);
  }
}

/**
 * Opens the store (creating the SQLite file, applying migrations) before the first
 * request. A database that is not reachable yet does not stop the server: it is retried
 * on first use, and until then storage-backed routes answer 503.
 */
export async function openStoreAtStart(): Promise<void> {
  const { getStore } = await import("./store");
  try {
    await getStore();
  } catch (error) {
    const code = (error as { code?: string }).code ?? (error as Error).name;
    console.error(JSON.stringify({ level: "warn", event: "store_unavailable_at_start", code }));
  }
}
