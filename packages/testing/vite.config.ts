/// <reference types="vitest/config" />
import { builtinModules } from "node:module";
import { defineConfig } from "vite";
import dts from "vite-plugin-dts";

export default defineConfig({
  plugins: [dts({ rollupTypes: true, tsconfigPath: "./tsconfig.build.json" })],
  build: {
    lib: {
      // `browser` must stay free of Node imports: it is the in-browser/Storybook entry.
      entry: {
        index: "src/index.ts",
        browser: "src/browser.ts",
        "dev-server": "src/dev-server/index.ts",
      },
      formats: ["es"],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      external: ["ws", /^@unilink\//, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
    },
    sourcemap: true,
    minify: false,
    target: "node20",
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
