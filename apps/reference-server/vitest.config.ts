import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Real puma/redis processes: startup, reconnect backoff and silence windows take seconds.
    testTimeout: 20000,
    hookTimeout: 20000,
    // Each file starts its own servers on random ports; running files one at a
    // time keeps the 2-core CI machine from stretching the timing-sensitive waits.
    fileParallelism: false,
  },
});
