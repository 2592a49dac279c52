import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/**
 * The XSS harness page: a production build (React without dev checks, as
 * users get it) of `src/main.tsx`. The test builds it into a temporary
 * directory (`build.outDir`) and serves it with `vite preview` on 127.0.0.1.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  logLevel: "error",
  plugins: [react()],
  resolve: { dedupe: ["react", "react-dom"] },
  build: { emptyOutDir: true, sourcemap: false, reportCompressedSize: false },
});
