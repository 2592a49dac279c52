/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import { libraryConfig } from "../../tooling/vite-library.ts";

export default defineConfig({
  ...libraryConfig({
    root: import.meta.dirname,
    entry: { index: "src/index.ts" },
    external: [/^zod/, /^zustand/, "reconnecting-websocket"],
  }),
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // One module graph per worker instead of one per file (~20 s of ~47 s). Each file builds
    // its own clients, servers and fake timers and stops them (checked with shuffled file order).
    isolate: false,
  },
});
