#!/usr/bin/env node
// `pnpm dev`: the UniLink dev server, the agent dashboard and the widget page together.
// Extra arguments go to the dev server, e.g. `pnpm dev --rate 60 --data .unilink-dev.json`.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const bin = join(
  dirname(require.resolve("@unilink/testing/package.json")),
  "bin/unilink-dev-server.mjs",
);
const args = process.argv.slice(2).filter((arg) => arg !== "--");

function startDevServer() {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ["ignore", "pipe", "inherit"] });
  const ready = new Promise((resolveUrl, reject) => {
    let output = "";
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      output += chunk.toString();
      const match = /Ready on (http:\/\/\S+)/.exec(output);
      if (match) resolveUrl(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`the dev server exited with code ${code}`)));
  });
  return { child, ready };
}

async function startApp(dir, serverUrl) {
  // The apps read the installation URL from VITE_UNILINK_URL (default http://127.0.0.1:3030).
  process.env.VITE_UNILINK_URL = serverUrl;
  const server = await createServer({ root: join(root, dir), logLevel: "warn" });
  await server.listen();
  return server;
}

const devServer = startDevServer();
const apps = [];
let stopping = false;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled(apps.map((app) => app.close()));
  const child = devServer.child;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((done) => child.once("exit", done));
    try {
      process.kill(child.pid, "SIGTERM");
    } catch {
      // Already gone (Ctrl+C reaches the whole process group).
    }
    await exited;
  }
  process.exit(code);
}

process.once("SIGINT", () => stop(0));
process.once("SIGTERM", () => stop(0));
devServer.child.once("exit", (code) => {
  if (!stopping) stop(code ?? 1);
});

try {
  const serverUrl = await devServer.ready;
  apps.push(await startApp("apps/dashboard", serverUrl));
  apps.push(await startApp("apps/widget", serverUrl));
  const [dashboard, widget] = apps.map((app) => app.resolvedUrls?.local[0] ?? "?");
  process.stdout.write(
    [
      "",
      "UniLink is running (Ctrl+C stops everything):",
      "",
      `  agent dashboard   ${dashboard}`,
      `  chat widget       ${widget}`,
      `  dev server        ${serverUrl}   (REST + ws /cable, config at /__dev/config)`,
      "",
      "Write in the widget and answer from the dashboard.",
      "",
    ].join("\n"),
  );
} catch (error) {
  process.stderr.write(`pnpm dev: ${error instanceof Error ? error.message : error}\n`);
  await stop(1);
}
