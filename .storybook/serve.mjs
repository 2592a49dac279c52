// Serves the built Storybook (storybook-static/) over HTTP. Opened from disk
// (file://) it stays blank: browsers refuse ES module scripts from file URLs.
// Usage: node .storybook/serve.mjs [--port 6006] (0 picks a free port).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { preview } from "vite";

const root = fileURLToPath(new URL("..", import.meta.url));
const outDir = "storybook-static";
const { values } = parseArgs({ options: { port: { type: "string", default: "6006" } } });
const port = Number(values.port);

if (!existsSync(new URL(`../${outDir}/index.html`, import.meta.url))) {
  console.error(`No ${outDir}/index.html: build it first with \`pnpm build-storybook\`.`);
  process.exit(1);
}

const server = await preview({
  root,
  configFile: false,
  logLevel: "error",
  build: { outDir },
  preview: { host: "127.0.0.1", port, strictPort: port !== 0, open: false },
});
const address = server.httpServer.address();
const actualPort = typeof address === "object" && address ? address.port : port;
console.log(`Storybook: http://127.0.0.1:${actualPort}/`);

const stop = () => server.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
