import { defineConfig } from "vitest/config";

// Long real-time observations (`pnpm test` runs them beside the other e2e files).
export default defineConfig({
  test: {
    include: ["test/**/*.long.test.ts"],
    setupFiles: ["test/support/setup.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
