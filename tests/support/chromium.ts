/**
 * Debian's chromium, as the tests and the benchmark launch it (see docs/architecture.md, "Tests"): no browser
 * download is possible here, and without the background-networking flags chromium floods
 * the closed network with refused connections.
 */
export const CHROMIUM_PATH = process.env.WHY401_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
