import {
  createFactories,
  createFakeUniLinkServer,
  events,
  type FakeUniLinkServer,
  type InMemoryTabPage,
  InMemoryTabs,
} from "@unilink/testing";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WebSocket } from "ws";
import {
  createUniLinkClient,
  selectMessages,
  shareAcrossTabs,
  type UniLinkClient,
  type UniLinkError,
} from "../src";

const AGENT = { token: "agent-ana-secret-token", accountId: 1, userId: 1 };
const OTHER = { token: "agent-caio-secret-token", accountId: 1, userId: 2 };

let server: FakeUniLinkServer;
let browser: InMemoryTabs;
const pages: { client: UniLinkClient; tab: InMemoryTabPage; errors: UniLinkError[] }[] = [];

beforeEach(async () => {
  server = await createFakeUniLinkServer({ presenceOnSubscribe: false });
  server.addAgent(AGENT);
  server.addAgent(OTHER);
  browser = new InMemoryTabs();
});

afterEach(async () => {
  for (const page of pages.splice(0)) page.client.destroy();
  await server.close();
});

function openPage(identity: { token: string; accountId: number; userId: number } = AGENT) {
  const tab = browser.tab();
  const errors: UniLinkError[] = [];
  const client = createUniLinkClient({
    url: server.url,
    pubsubToken: identity.token,
    accountId: identity.accountId,
    userId: identity.userId,
    WebSocket: WebSocket as never,
    shareAcrossTabs: shareAcrossTabs(tab),
    onError: (error) => errors.push(error),
  });
  const page = { client, tab, errors };
  pages.push(page);
  client.connect();
  return page;
}

const presenceCommands = () =>
  server.commands.filter((c) => c.command === "message" && c.action === "update_presence").length;

const f = createFactories(17);
const conversation = f.conversation({ id: 7, messages: [] });

/** Broadcasts a `message.created` to Ana's token stream, as the platform would. */
function send(id: number, content: string, token = AGENT.token) {
  const created = events.messageCreated(
    f.message({ id, content, created_at: 1_700_000_000 + id }, { conversation }),
  );
  server.broadcast(token, created.event, created.data);
}

const messageIds = (client: UniLinkClient) =>
  selectMessages(client.store.getState(), conversation.id).map((m) => Number(m.id));

async function allConnected(list = pages) {
  await server.waitFor(() => list.every((p) => p.client.status === "connected"), 5_000);
}

vi.setConfig({ testTimeout: 20_000 });

describe("shareAcrossTabs", () => {
  it("three pages of one identity share one socket and one subscription; events reach every store", async () => {
    const [a, b, c] = [openPage(), openPage(), openPage()];
    await allConnected();
    expect(server.openSocketCount).toBe(1);
    expect(server.subscriptionCount).toBe(1);
    const roles = pages.map((p) => p.client.sharing.role).sort();
    expect(roles).toEqual(["follower", "follower", "leader"]);
    await server.waitFor(() => pages.every((p) => p.client.sharing.followers === 2), 5_000);

    send(1, "hello all");
    await server.waitFor(() => pages.every((p) => messageIds(p.client).includes(1)), 5_000);
    expect([a, b, c].map((p) => messageIds(p.client))).toEqual([[1], [1], [1]]);
    expect(pages.flatMap((p) => p.errors)).toEqual([]);
  });

  it("a follower walks a relayed payload for depth: one nested too deep is refused in every page", async () => {
    openPage();
    await allConnected();
    openPage();
    await allConnected();
    await server.waitFor(() => pages.every((p) => p.client.sharing.followers === 1), 5_000);
    let tree: unknown = 1;
    for (let level = 0; level < 510; level++) tree = { a: tree };
    const deep = events.conversationCreated(
      f.conversation({ id: 8, messages: [], custom_attributes: { tree } }),
    );
    server.broadcast(AGENT.token, deep.event, deep.data);
    send(2, "after the deep one");
    await server.waitFor(() => pages.every((p) => messageIds(p.client).includes(2)), 5_000);
    for (const page of pages) {
      expect(page.client.store.getState().conversations[8]).toBeUndefined();
      expect(page.errors.map((error) => error.message)).toEqual([
        "invalid conversation.created payload: nested deeper than 500 levels",
      ]);
    }
  });

  it("a follower's presence and channel commands go out once, through the leader's socket", async () => {
    openPage();
    await allConnected();
    const follower = openPage();
    await allConnected();
    expect(follower.client.sharing.role).toBe("follower");
    const before = presenceCommands();
    follower.client.updatePresence();
    await server.waitFor(() => presenceCommands() === before + 1, 5_000);
    expect(server.openSocketCount).toBe(1);
  });

  it("closing the leader page hands the socket to another page, which resubscribes", async () => {
    const [a, b, c] = [openPage(), openPage(), openPage()];
    await allConnected();
    const leader = pages.find((p) => p.client.sharing.role === "leader");
    if (!leader) throw new Error("no leader");
    const rest = [a, b, c].filter((p) => p !== leader);
    const statuses: string[] = [];
    rest[0]?.client.onStatus((status) => statuses.push(status));

    const firstSocket = server.connectionCount;
    leader.tab.close(); // the page is gone: the browser frees its lock
    leader.client.destroy();
    await server.waitFor(() => server.connectionCount > firstSocket, 5_000);
    await allConnected(rest);
    expect(server.openSocketCount).toBe(1);
    expect(server.subscriptionCount).toBe(1);
    expect(rest.map((p) => p.client.sharing.role).sort()).toEqual(["follower", "leader"]);
    // A follower goes through the same statuses as a socket of its own, so it resyncs.
    expect(statuses.slice(-2)).toEqual(["subscribing", "connected"]);

    send(2, "after the handover");
    await server.waitFor(() => rest.every((p) => messageIds(p.client).includes(2)), 5_000);
  });

  it("a frozen leader loses the socket to a follower; when it thaws it follows and nothing doubles", async () => {
    const leader = openPage();
    await allConnected();
    const follower = openPage();
    await allConnected();
    leader.tab.freeze();
    // The follower probes after 5 s of silence and takes over 3 s later.
    await server.waitFor(() => follower.client.sharing.role === "leader", 15_000);
    await server.waitFor(
      () => server.subscriptionCount === 2 && follower.client.status === "connected",
      5_000,
    );

    send(3, "while frozen");
    await server.waitFor(() => messageIds(follower.client).includes(3), 5_000);
    leader.tab.thaw();
    await server.waitFor(() => leader.client.sharing.role === "follower", 5_000);
    await server.waitFor(() => server.openSocketCount === 1, 5_000);
    send(4, "after the thaw");
    await server.waitFor(() => messageIds(leader.client).includes(4), 5_000);
    expect(messageIds(follower.client)).toEqual([3, 4]);
    expect(messageIds(leader.client)).toEqual([3, 4]);
  }, 30_000);

  it("pages of different identities never share", async () => {
    const ana = openPage(AGENT);
    const caio = openPage(OTHER);
    await allConnected();
    expect(server.openSocketCount).toBe(2);
    expect([ana, caio].map((p) => p.client.sharing.role)).toEqual(["leader", "leader"]);
    send(5, "for Caio", OTHER.token);
    await server.waitFor(() => messageIds(caio.client).includes(5), 5_000);
    expect(messageIds(ana.client)).toEqual([]);
  });

  it("never puts the token in channel or lock names", async () => {
    openPage();
    openPage();
    await allConnected();
    const names = [...browser.channelNames, ...browser.lockNames];
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).not.toContain(AGENT.token);
  });

  async function expectASocketPerClient(): Promise<void> {
    const clients = [1, 2].map(() =>
      createUniLinkClient({
        url: server.url,
        ...{ pubsubToken: AGENT.token, accountId: AGENT.accountId, userId: AGENT.userId },
        WebSocket: WebSocket as never,
        shareAcrossTabs: shareAcrossTabs(),
      }),
    );
    for (const client of clients) client.connect();
    try {
      await server.waitFor(() => clients.every((c) => c.status === "connected"), 5_000);
      expect(server.openSocketCount).toBe(2);
      expect(clients.map((c) => c.sharing)).toEqual([
        { role: "single", followers: 0 },
        { role: "single", followers: 0 },
      ]);
    } finally {
      for (const client of clients) client.destroy();
    }
  }

  it("falls back to a socket per client where Web Locks are missing (Node)", async () => {
    expect((globalThis as { navigator?: { locks?: unknown } }).navigator?.locks).toBeUndefined();
    await expectASocketPerClient();
  });

  it("falls back to a socket per client where BroadcastChannel is missing (Web Locks present)", async () => {
    const locks = { request: async () => {}, query: async () => ({ pending: [] }) };
    vi.stubGlobal("navigator", { locks });
    vi.stubGlobal("BroadcastChannel", undefined);
    try {
      await expectASocketPerClient();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
