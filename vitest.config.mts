import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      "@": here("./"),
      // `server-only` throws outside a React server build; tests import server modules directly.
      "server-only": here("./tests/support/empty.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}"],
    environment: "node",
    // Component tests opt into jsdom with a `// @vitest-environment jsdom` comment.
    setupFiles: ["tests/support/setup.ts"],
    // The CLI tests run the bundled command as a child process: built once per run.
    globalSetup: ["tests/support/build-cli.ts"],
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
