import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Minutes-long observations run beside every package's tests (vitest.long.config.ts, root scripts/test.mjs).
    exclude: ["test/**/*.long.test.ts"],
    setupFiles: ["test/support/setup.ts"],
    environment: "node",
    // Each file starts its own dev server and Chromium; on two cores, one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
