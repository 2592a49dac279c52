import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The testing guide's examples are real tests; the other examples are only type-checked.
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    environment: "jsdom",
    // One jsdom per worker instead of one per file: halves the suite (checked with shuffled file order).
    isolate: false,
  },
});
