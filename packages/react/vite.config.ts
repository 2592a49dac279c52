import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { libraryConfig } from "../../tooling/vite-library.ts";
import { unilinkStyles } from "./vite.styles";

export default defineConfig({
  ...libraryConfig({
    root: import.meta.dirname,
    entry: { index: "src/index.ts", devtools: "src/devtools.ts" },
    external: [/^react($|\/)/, /^react-dom($|\/)/, /^@unilink\//, /^zustand($|\/)/],
    // Everything here runs in the browser: Next.js App Router Server Components
    // may import the package directly (the provider and components become client references).
    banner: '"use client";',
    plugins: [react(), unilinkStyles()],
  }),
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "jsdom",
    setupFiles: ["test/setup.ts"],
    // One jsdom per worker instead of one per file: a fresh environment and module graph for
    // each of the 36 files was ~65 s of the suite's 85 s. Testing Library's cleanup and each
    // file's own setup already reset what a test leaves behind (checked with shuffled file order).
    isolate: false,
    // Room for the 5 s waitFor (test/setup.ts) on a loaded machine.
    testTimeout: 20_000,
    env: { UNILINK_EXPECTED_REACT_MAJOR: "19" },
  },
});
