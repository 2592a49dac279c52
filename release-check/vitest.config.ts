import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    globalSetup: ["test/pack-once.ts"],
    // Packing, a registry install and two Vite builds: about 30 s together.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
