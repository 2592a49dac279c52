import { builtinModules } from "node:module";
import { defineConfig } from "vite";
import dts from "vite-plugin-dts";

export default defineConfig({
  plugins: [dts({ rollupTypes: true, tsconfigPath: "./tsconfig.build.json" })],
  build: {
    lib: { entry: "src/index.ts", formats: ["es"], fileName: "index" },
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
