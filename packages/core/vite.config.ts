/// <reference types="vitest/config" />
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { defineConfig } from "vite";
import { libraryConfig } from "../../tooling/vite-library.ts";

// reconnecting-websocket is bundled from the TypeScript source it ships, not
// its ES5 build: without the ES5 class and tslib helpers (and tslib's licence
// banner) it costs about 1 kB gzip less in every app. Its MIT notice ships
// in THIRD-PARTY-NOTICES.md and stays at the top of the bundled module.
const reconnectingWebSocket = join(
  dirname(createRequire(import.meta.url).resolve("reconnecting-websocket/package.json")),
  "reconnecting-websocket.ts",
);

export default defineConfig({
  ...libraryConfig({
    root: import.meta.dirname,
    entry: { index: "src/index.ts" },
    external: [/^zod/, /^zustand/],
  }),
  resolve: { alias: [{ find: /^reconnecting-websocket$/, replacement: reconnectingWebSocket }] },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // One module graph per worker instead of one per file (~20 s of ~47 s). Each file builds
    // its own clients, servers and fake timers and stops them (checked with shuffled file order).
    isolate: false,
  },
});
