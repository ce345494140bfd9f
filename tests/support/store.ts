import { STORE_HOLDER, type StoreHolder } from "@/lib/store";

/**
 * Closes the process's store (lib/store's getStore); the next getStore() opens a new one,
 * with the configuration of that moment. Tests use it to switch data directories or to
 * read the SQLite file after the WAL is checkpointed.
 */
export async function closeStore(): Promise<void> {
  const holder = (globalThis as { [STORE_HOLDER]?: StoreHolder })[STORE_HOLDER];
  if (!holder) return;
  const opening = holder.store;
  holder.store = undefined;
  if (holder.timer) clearInterval(holder.timer);
  holder.timer = undefined;
  if (!opening) return;
  const store = await opening.catch(() => undefined);
  await store?.close();
}
