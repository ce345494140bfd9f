/**
 * Runs once when a server instance starts: a bad configuration stops it with one clear
 * line, and the store is opened (and migrated) before the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { openStoreAtStart, validateConfigOrExit } = await import("./lib/startup");
    validateConfigOrExit();
    await openStoreAtStart();
  }
}
