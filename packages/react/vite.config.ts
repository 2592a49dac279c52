import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import dts from "vite-plugin-dts";
import { unilinkStyles } from "./vite.styles";

export default defineConfig({
  plugins: [
    react(),
    dts({ rollupTypes: true, tsconfigPath: "./tsconfig.build.json" }),
    unilinkStyles(),
  ],
  build: {
    lib: { entry: "src/index.ts", formats: ["es"], fileName: "index" },
    rollupOptions: {
      external: [
        "react",
        "react-dom",
        /^react\//,
        /^react-dom\//,
        /^@unilink\//,
        "zustand",
        /^zustand\//,
      ],
    },
    sourcemap: true,
    minify: false,
  },
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "jsdom",
    setupFiles: ["test/setup.ts"],
    env: { UNILINK_EXPECTED_REACT_MAJOR: "19" },
  },
});
