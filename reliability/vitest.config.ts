import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "node",
    // Child processes (not worker threads), so that `--expose-gc` gives the memory test `global.gc`.
    pool: "forks",
    execArgv: ["--expose-gc"],
  },
});
