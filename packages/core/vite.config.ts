/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import dts from "vite-plugin-dts";

export default defineConfig({
  plugins: [dts({ rollupTypes: true, tsconfigPath: "./tsconfig.build.json" })],
  build: {
    lib: { entry: "src/index.ts", formats: ["es"], fileName: "index" },
    rollupOptions: { external: [/^zod/, "zustand", /^zustand\//, "reconnecting-websocket"] },
    sourcemap: true,
    minify: false,
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
