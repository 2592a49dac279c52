/// <reference types="vitest/config" />
import { defineConfig } from "vite";

// `vite build` bundles the benchmark CLI for Node; the packages under test stay
// external, so the benchmarks run their built dist files like an app would.
export default defineConfig({
  build: {
    ssr: "src/cli.ts",
    outDir: "dist",
    target: "node20",
    sourcemap: true,
    minify: false,
    // Stable chunk names: a rebuild during a long run must not pull a chunk from under it.
    rollupOptions: { output: { entryFileNames: "cli.js", chunkFileNames: "[name].js" } },
  },
  ssr: { external: ["@unilink/core", "@unilink/react", "@unilink/testing"] },
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "node",
    // The memory benchmark needs a GC it can trigger.
    execArgv: ["--expose-gc"],
    testTimeout: 30_000,
  },
});
