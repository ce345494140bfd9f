import "server-only";
import { type Config, getConfig } from "@/lib/config";
import { openPostgresStore } from "./postgres";
import { openSqliteStore } from "./sqlite";
import type { Store } from "./store";

export type { AddEchoCaptureResult, EchoSession, ShareRecord, Store } from "./store";

/** How often expired rows are purged in the background (reads also hide and purge them). */
const PURGE_INTERVAL_MS = 10 * 60 * 1000;

/** PostgreSQL when DATABASE_URL is set (several instances), else SQLite in WHY401_DATA_DIR. */
function openStore(config: Pick<Config, "DATABASE_URL" | "WHY401_DATA_DIR">): Promise<Store> {
  return config.DATABASE_URL
    ? openPostgresStore(config.DATABASE_URL)
    : Promise.resolve(openSqliteStore(config.WHY401_DATA_DIR));
}

/**
 * Where this process's store lives. On globalThis, so that route bundles that each carry
 * a copy of this module still share one connection (one SQLite handle, one pg Pool) per
 * process; tests close it through the same key (tests/support/store.ts).
 */
export const STORE_HOLDER = Symbol.for("why401.store");

export interface StoreHolder {
  store?: Promise<Store>;
  timer?: ReturnType<typeof setInterval>;
}

const globals = globalThis as { [STORE_HOLDER]?: StoreHolder };
globals[STORE_HOLDER] ??= {};
const holder: StoreHolder = globals[STORE_HOLDER];

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
