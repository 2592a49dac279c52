/// <reference types="vitest/config" />
import { builtinModules } from "node:module";
import { defineConfig } from "vite";
import { libraryConfig } from "../../tooling/vite-library.ts";

export default defineConfig({
  ...libraryConfig({
    root: import.meta.dirname,
    // `browser` must stay free of Node imports: it is the in-browser/Storybook entry.
    entry: {
      index: "src/index.ts",
      browser: "src/browser.ts",
      "dev-server": "src/dev-server/index.ts",
    },
    external: ["ws", /^@unilink\//, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
    target: "node20",
  }),
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
