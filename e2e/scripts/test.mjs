#!/usr/bin/env node
// `pnpm test` of the e2e package: the end-to-end files one at a time (each starts
// its own dev server and Chromium), and beside them the long real-time files
// (`*.long.test.ts`: minutes of mostly idle observation, e.g. hidden-tab
// presence), so their wall time overlaps instead of adding to CI's.
// Extra arguments go to both runs (e.g. `--reporter=verbose`).
import { spawn } from "node:child_process";

const extra = process.argv.slice(2).filter((arg) => arg !== "--");
const runs = [
  ["vitest", "run", ...extra],
  ["vitest", "run", "--config", "vitest.long.config.ts", ...extra],
];

const codes = await Promise.all(
  runs.map(
    (args) =>
      new Promise((resolve) => {
        const child = spawn("npx", args, { stdio: "inherit" });
        child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
        child.once("error", () => resolve(1));
      }),
  ),
);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
