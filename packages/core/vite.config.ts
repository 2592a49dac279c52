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
  },
});
