import { createUniLinkClient, shareAcrossTabs, type WebSocketConstructor } from "@unilink/core";
import { createFakeUniLinkServer, InMemoryTabs } from "@unilink/testing";
import { expect, it } from "vitest";
import { WebSocket } from "ws";

it("two tabs of one agent share one socket; without Web Locks each keeps its own", async () => {
  const server = await createFakeUniLinkServer();
  server.addAgent({ token: "agent-token", accountId: 1, userId: 7 });
  const options = {
    url: server.url,
    pubsubToken: "agent-token",
    accountId: 1,
    userId: 7,
    WebSocket: WebSocket as unknown as WebSocketConstructor,
  };
  // InMemoryTabs stands in for the browser's Web Locks and BroadcastChannel.
  const tabs = new InMemoryTabs();
  const shared = [tabs.tab(), tabs.tab()].map((tab) =>
    createUniLinkClient({ ...options, shareAcrossTabs: shareAcrossTabs(tab) }),
  );
  // Node has no Web Locks: shareAcrossTabs() falls back to a socket per client.
  const alone = createUniLinkClient({ ...options, shareAcrossTabs: shareAcrossTabs() });
  const all = [...shared, alone];
  for (const client of all) client.connect();

  await server.waitFor(() => all.every((client) => client.status === "connected"), 5_000);
  expect(server.openSocketCount).toBe(2);
  expect(shared.map((client) => client.sharing.role).sort()).toEqual(["follower", "leader"]);
  expect(alone.sharing.role).toBe("single");

  for (const client of all) client.destroy();
  await server.close();
});
