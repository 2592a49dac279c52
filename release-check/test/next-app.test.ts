import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  buildConversation,
  chromiumLaunchOptions,
  createFakeUniLinkServer,
  events,
  type FakeUniLinkServer,
} from "@unilink/testing";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { freePort, Processes } from "./process";
import { run } from "./run";
import { installScratchApp } from "./tarballs";

// Issue 15: a Next.js App Router app whose Server Component page imports the
// provider and components from the packed @unilink/react, built with
// `next build`, served by `next start`, rendered on the server and hydrated
// in Chromium, connected to the fake platform.

const fixture = resolve(import.meta.dirname, "../fixture-next");
const TOKEN = "next-agent-token";
const processes = new Processes();

let temp: string;
let server: FakeUniLinkServer;
let browser: Browser | undefined;
let baseUrl: string;
let app: string;

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), "unilink-next-"));
  app = join(temp, "app");
  cpSync(fixture, app, { recursive: true });
  await installScratchApp(app, {
    name: "unilink-next-app",
    tarballs: { core: inject("tarballs").core, react: inject("tarballs").react },
    dependencies: {
      next: "16.5.0",
      react: "19.3.1",
      "react-dom": "19.3.1",
      typescript: "5.9.3",
      "@types/node": "20.19.43",
      "@types/react": "19.3.0",
      "@types/react-dom": "19.3.0",
    },
  });
  const env = { NEXT_TELEMETRY_DISABLED: "1" };
  await run(join(app, "node_modules/.bin/next"), ["build"], { cwd: app, env });

  server = await createFakeUniLinkServer();
  server.addAgent({ token: TOKEN, accountId: 1, userId: 1 });
  const port = await freePort();
  await processes.start(
    join(app, "node_modules/.bin/next"),
    ["start", "--hostname", "127.0.0.1", "--port", String(port)],
    { cwd: app, env: { ...env, UNILINK_URL: server.url, UNILINK_TOKEN: TOKEN } },
    /(Ready) in/,
  );
  baseUrl = `http://127.0.0.1:${port}/`;
  browser = await chromium.launch(chromiumLaunchOptions());
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await processes.stopAll();
  await server?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

it("renders the provider, the hooks and the components on the server", async () => {
  const html = await (await fetch(baseUrl)).text();
  expect(html).toContain('data-testid="summary">status: idle, open conversations: 0</p>');
  expect(html).toMatch(
    /role="listbox"[^>]*aria-label="Conversations"|aria-label="Conversations"[^>]*role="listbox"/,
  );
  expect(html).toContain("unilink-");
});

/** Opens `url` in a new page that records errors, console errors and warnings, and failed loads. */
async function openWatched(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await (browser as Browser).newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  await page.goto(url);
  return { page, problems };
}

it("hydrates in Chromium without errors or warnings, then shows a live event", async () => {
  const { page, problems } = await openWatched(baseUrl);
  const summary = page.getByTestId("summary");
  await summary.getByText("status: connected, open conversations: 0").waitFor();
  await server.waitFor(() => server.subscriptionCount > 0, 10_000);

  const conversation = buildConversation({ status: "open" });
  const event = events.conversationCreated(conversation);
  server.broadcast(TOKEN, event.event, event.data);

  await summary.getByText("status: connected, open conversations: 1").waitFor();
  const list = page.getByRole("listbox", { name: "Conversations" });
  const row = list.getByRole("option");
  await row.waitFor();
  expect(await row.textContent()).toContain(conversation.meta.sender.name);
  expect(problems).toEqual([]);
});

// React reports attribute mismatches and other hydration warnings only in
// development builds, so the same page is also hydrated under `next dev`.
it("hydrates under next dev without React's hydration warnings", async () => {
  const port = await freePort();
  await processes.start(
    join(app, "node_modules/.bin/next"),
    ["dev", "--hostname", "127.0.0.1", "--port", String(port)],
    {
      cwd: app,
      env: { NEXT_TELEMETRY_DISABLED: "1", UNILINK_URL: server.url, UNILINK_TOKEN: TOKEN },
    },
    /(Ready) in/,
  );
  const { page, problems } = await openWatched(`http://127.0.0.1:${port}/`);
  await page.getByTestId("summary").getByText("status: connected", { exact: false }).waitFor();
  expect(problems).toEqual([]);
});
