import "server-only";
import { type Config, getConfig } from "@/lib/config";
import { openPostgresStore } from "./postgres";
import { openSqliteStore } from "./sqlite";
import type { Store } from "./store";

export type { AddEchoCaptureResult, EchoSession, ShareRecord, Store } from "./store";

/** How often expired rows are purged in the background (reads also hide and purge them). */
const PURGE_INTERVAL_MS = 10 * 60 * 1000;

/** PostgreSQL when DATABASE_URL is set (several instances), else SQLite in WHY401_DATA_DIR. */
export function openStore(
  config: Pick<Config, "DATABASE_URL" | "WHY401_DATA_DIR">,
): Promise<Store> {
  return config.DATABASE_URL
    ? openPostgresStore(config.DATABASE_URL)
    : Promise.resolve(openSqliteStore(config.WHY401_DATA_DIR));
}

const HOLDER = Symbol.for("why401.store");

interface Holder {
  store?: Promise<Store>;
  timer?: ReturnType<typeof setInterval>;
}

// On globalThis, so that route bundles that each carry a copy of this module still
// share one connection (one SQLite handle, one pg Pool) per process.
const globals = globalThis as { [HOLDER]?: Holder };
globals[HOLDER] ??= {};
const holder: Holder = globals[HOLDER];

/** This process's store, opened (and migrated) on first use. */
export function getStore(): Promise<Store> {
  if (!holder.store) {
    const opening = openStore(getConfig());
    holder.store = opening;
    opening.then(
      (store) => {
        holder.timer = setInterval(() => {
          store.purgeExpired(Date.now()).catch((error: Error & { code?: string }) => {
            console.error(
              JSON.stringify({
                level: "error",
                event: "purge_failed",
                code: error.code ?? error.name,
              }),
            );
          });
        }, PURGE_INTERVAL_MS);
        holder.timer.unref();
      },
      () => {
        // A database that is not up yet must not poison the process: retry on next use.
        if (holder.store === opening) holder.store = undefined;
      },
    );
  }
  return holder.store;
}

/** Closes the process's store (tests, shutdown); the next getStore() opens a new one. */
export async function closeStore(): Promise<void> {
  const opening = holder.store;
  holder.store = undefined;
  if (holder.timer) clearInterval(holder.timer);
  holder.timer = undefined;
  if (!opening) return;
  const store = await opening.catch(() => undefined);
  await store?.close();
}
