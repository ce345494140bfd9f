/**
 * Runs the mock upstream as its own process (benchmarks keep it off the measured event
 * loop): `node --import tsx tests/mock-upstream/serve.ts` prints `{"url":…}` and serves until killed.
 */
import { startMockUpstream } from "./server";

startMockUpstream().then((upstream) => {
  process.stdout.write(`${JSON.stringify({ url: upstream.url })}\n`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      upstream.close().finally(() => process.exit(0));
    });
  }
});
