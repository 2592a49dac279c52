import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Ports are fixed so `pnpm dev` can print them; tests pass their own (`--port`).
export default defineConfig({
  plugins: [react()],
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
  build: { sourcemap: true },
});
