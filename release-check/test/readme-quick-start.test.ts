import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { chromiumLaunchOptions } from "@unilink/testing";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { Processes } from "./process";
import { run } from "./run";

// Issue 13, finding 13: the README's Quick start, pasted into a fresh Vite app built from the
// packed packages, must show the conversation list and the open conversation side by side.

const repo = resolve(import.meta.dirname, "../..");
const devServerBin = join(
  dirname(createRequire(import.meta.url).resolve("@unilink/testing/package.json")),
  "bin/unilink-dev-server.mjs",
);
const VIEWPORT = { width: 1280, height: 800 };

let temp: string;
let app: string;
const processes = new Processes();
let browser: Browser | undefined;

/** The first tsx block under "## Quick start (React)" in the README. */
function quickStart(): string {
  const readme = readFileSync(join(repo, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Quick start (React)"));
  const block = /```tsx\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error("README has no tsx block under '## Quick start (React)'");
  return block;
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), "unilink-quick-start-"));
  const tarballs = inject("tarballs");

  const devUrl = await processes.start(
    process.execPath,
    [devServerBin, "--port", "0", "--no-traffic", "--seed", "42"],
    { cwd: temp },
    /Ready on (http:\/\/\S+)/,
  );
  const config = (await (await fetch(`${devUrl}/__dev/config`)).json()) as {
    url: string;
    accountId: number;
    agent: { accessToken: string };
  };

  app = join(temp, "app");
  mkdirSync(join(app, "src"), { recursive: true });
  writeFileSync(
    join(app, "package.json"),
    `${JSON.stringify(
      {
        name: "quick-start",
        private: true,
        type: "module",
        dependencies: {
          "@unilink/core": `file:${tarballs.core}`,
          "@unilink/react": `file:${tarballs.react}`,
          react: "19.3.1",
          "react-dom": "19.3.1",
        },
        devDependencies: { "@vitejs/plugin-react": "6.3.0", vite: "8.3.8" },
        overrides: { "@unilink/core": "$@unilink/core" },
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(
    join(app, "index.html"),
    '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8" /><title>Inbox</title></head>' +
      '<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
  );
  writeFileSync(
    join(app, "vite.config.js"),
    'import react from "@vitejs/plugin-react";\nimport { defineConfig } from "vite";\n' +
      "export default defineConfig({ plugins: [react()] });\n",
  );
  // The README as written, pointed at the dev server (its URL, its agent's token).
  let main = quickStart();
  main = replaceOnce(main, '"https://chat.example.com"', JSON.stringify(config.url));
  main = replaceOnce(main, `"<an agent's access token>"`, JSON.stringify(config.agent.accessToken));
  expect(main).toContain(`const accountId = ${config.accountId};`);
  writeFileSync(join(app, "src/main.tsx"), main);

  await run(
    "npm",
    ["install", "--no-audit", "--no-fund", "--loglevel=error", "--cache", join(temp, "npm-cache")],
    { cwd: app, env: { npm_config_update_notifier: "false" } },
  );
  await run(join(app, "node_modules/.bin/vite"), ["build"], { cwd: app });
  browser = await chromium.launch(chromiumLaunchOptions());
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await processes.stopAll();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

it("the README Quick start shows the list and the open conversation side by side", async () => {
  const previewUrl = await processes.start(
    join(app, "node_modules/.bin/vite"),
    ["preview", "--host", "127.0.0.1", "--port", "0"],
    { cwd: app },
    /(http:\/\/127\.0\.0\.1:\d+\/)/,
  );
  const page = await (browser as Browser).newPage({ viewport: VIEWPORT });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(previewUrl);
  const list = page.getByRole("listbox", { name: "Conversations" });
  await list.getByRole("option").first().click();
  const thread = page.getByRole("region", { name: "Conversation" });
  const messages = thread.getByRole("region", { name: "Messages" });
  await messages.locator(".unilink-message").first().waitFor();
  const composer = thread.getByRole("textbox", { name: "Message" });

  const inViewport = (box: { x: number; y: number; width: number; height: number } | null) =>
    box !== null &&
    box.width > 0 &&
    box.height > 0 &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= VIEWPORT.width &&
    box.y + box.height <= VIEWPORT.height;
  const listBox = await list.boundingBox();
  const threadBox = await thread.boundingBox();
  expect(inViewport(listBox)).toBe(true);
  expect(inViewport(threadBox)).toBe(true);
  expect(inViewport(await composer.boundingBox())).toBe(true);
  // Side by side: the thread starts where the list ends, and both take the window's height.
  expect((listBox?.x ?? 0) + (listBox?.width ?? 0)).toBeLessThanOrEqual((threadBox?.x ?? 0) + 1);
  expect(threadBox?.height).toBeGreaterThan(VIEWPORT.height * 0.9);
  // The list scrolls inside instead of growing to its full height.
  expect(await list.evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
  expect(errors).toEqual([]);
});
