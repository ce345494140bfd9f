#!/usr/bin/env node
// Serves the built app on PORT and HOSTNAME (defaults 3000 and 0.0.0.0). The full
// configuration is validated in instrumentation.ts when the server starts; PORT is
// checked here too because `next start` reads it before any of our code runs.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const port = process.env.PORT || "3000";
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error("why401: invalid configuration: PORT accepts a whole number from 1 to 65535");
  process.exit(1);
}
const hostname = process.env.HOSTNAME || "0.0.0.0";
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, "start", "-p", port, "-H", hostname], {
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
