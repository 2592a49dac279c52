import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The testing guide's examples are real tests; the other examples are only type-checked.
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    environment: "jsdom",
  },
});
