import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  buildConversation,
  createFakeUniLinkServer,
  events,
  type FakeUniLinkServer,
} from "@unilink/testing";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { run } from "./run";
import { installScratchApp } from "./tarballs";

// Issue 15: a Jest 30 project in CommonJS (jsdom, no transform) requires
// @unilink/core and @unilink/react from the packed tarballs and renders them
// with @testing-library/react. The fake platform runs here, in Node; the Jest
// test connects to it with jsdom's WebSocket.

const fixture = resolve(import.meta.dirname, "../fixture-jest");
// The getting-started guide's Jest example runs here too, as the guide shows it.
const guideExample = resolve(
  import.meta.dirname,
  "../../docs/examples/src/getting-started/inbox.test.cjs",
);
const TOKEN = "jest-agent-token";

let temp: string;
let app: string;
let server: FakeUniLinkServer;

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), "unilink-jest-"));
  app = join(temp, "app");
  cpSync(fixture, app, { recursive: true });
  cpSync(guideExample, join(app, "guide-example.test.cjs"));
  await installScratchApp(app, {
    name: "unilink-jest-app",
    tarballs: inject("tarballs"),
    dependencies: {
      jest: "30.5.2",
      "@jest/globals": "30.5.2",
      "jest-environment-jsdom": "30.5.2",
      "@testing-library/react": "16.3.3",
      "@testing-library/dom": "10.4.2",
      react: "19.3.1",
      "react-dom": "19.3.1",
    },
  });
  server = await createFakeUniLinkServer();
  server.addAgent({ token: TOKEN, accountId: 1, userId: 1 });
}, 240_000);

afterAll(async () => {
  await server?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

it("CommonJS Jest tests render the hooks from the tarballs (one receives a live event, one is the guide's)", async () => {
  const conversation = buildConversation({ status: "open" });
  const jest = run(join(app, "node_modules/.bin/jest"), ["--ci", "--colors=false"], {
    cwd: app,
    env: {
      UNILINK_URL: server.url,
      UNILINK_TOKEN: TOKEN,
      UNILINK_CONVERSATION: String(conversation.id),
    },
  });
  // Broadcast once the Jest test's client has subscribed (the platform sends nothing before).
  const broadcast = server
    .waitFor(() => server.subscriptionCount > 0, 60_000)
    .then(() => {
      const event = events.conversationCreated(conversation);
      server.broadcast(TOKEN, event.event, event.data);
    });
  const [{ stderr }] = await Promise.all([jest, broadcast]);
  expect(stderr).toMatch(/Tests:\s+2 passed, 2 total/);
  // The Jest run resolved the CommonJS builds from the tarballs (not the workspace sources).
  const resolved = await run(
    process.execPath,
    ["-p", 'require.resolve("@unilink/react") + " " + require.resolve("@unilink/core")'],
    { cwd: app },
  );
  expect(resolved.stdout).toMatch(
    /@unilink\/react\/dist\/index\.cjs .*@unilink\/core\/dist\/index\.cjs/,
  );
}, 90_000);
