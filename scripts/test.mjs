#!/usr/bin/env node
// `pnpm test` after build and typecheck: every package's tests one package at
// a time, then Storybook's play tests, typedoc and biome. Beside all of that
// runs the e2e package's long real-time observations (`*.long.test.ts`:
// minutes of mostly idle waiting, e.g. hidden-tab presence), so their wall
// time overlaps the rest instead of adding to it. Fails if either fails.
import { spawn } from "node:child_process";

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit" });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.once("error", () => resolve(1));
  });
}

async function serial(steps) {
  for (const [command, ...args] of steps) {
    const code = await run(command, args);
    if (code !== 0) return code;
  }
  return 0;
}

const codes = await Promise.all([
  run("pnpm", ["--filter", "@unilink/e2e", "run", "test:long"]),
  serial([
    ["pnpm", "exec", "turbo", "run", "test", "--concurrency=1"],
    ["pnpm", "run", "test:storybook"],
    ["pnpm", "run", "docs"],
    ["pnpm", "exec", "biome", "check", "."],
  ]),
]);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
