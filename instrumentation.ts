/** Runs once when a server instance starts: a bad configuration stops it with one clear line. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { validateConfigOrExit } = await import("./lib/startup");
    validateConfigOrExit();
  }
}
