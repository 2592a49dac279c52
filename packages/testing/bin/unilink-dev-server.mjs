#!/usr/bin/env node
// The dev server's code is built into dist/ by the package's `vite build`.
let cli;
try {
  cli = await import("../dist/dev-server.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND") throw error;
  process.stderr.write(
    "unilink-dev-server: @unilink/testing is not built yet. Run `pnpm --filter @unilink/testing build`.\n",
  );
  process.exit(1);
}
const code = await cli.runDevServerCli(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
