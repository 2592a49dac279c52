import { describe, expect, it } from "vitest";
import {
  conversationQueryToFilter,
  createUniLinkClient,
  selectConversation,
  selectConversationList,
  selectListLoadState,
  selectMessages,
  selectNotifications,
  selectThreadLoadState,
  type UniLinkError,
} from "../src";
import { createAgentApi as createAgentRest } from "../src/api/agent-api";
import { Watermarks } from "../src/sync/watermarks";
import { connected, storedThread, useSyncHarness } from "./sync-harness";

const harness = useSyncHarness();

async function world(conversations = 1) {
  const server = await harness.server();
  const { platform } = server;
  const agent = platform.createAgent({ name: "Ana" });
  const contact = platform.createContact({ name: "Bruno" });
  const ids = Array.from(
    { length: conversations },
    (_, i) => platform.createConversation({ contact, messages: [`hello ${i}`] }).id,
  );
  return { server, platform, agent, contact, ids };
}

describe("loading conversation lists", () => {
  it("tracks isLoading, loaded, hasMore and counts while paging", async () => {
    const { server, agent } = await world(30);
    const probe = harness.agent(server, agent);
    const query = { status: "open" as const };
    const loading = probe.client.loadConversations(query);
    expect(selectListLoadState(probe.client.store.getState(), query)).toMatchObject({
      isLoading: true,
      loaded: false,
    });
    expect(await loading).toEqual({ ok: true });
    const first = selectListLoadState(probe.client.store.getState(), query);
    expect(first).toMatchObject({
      isLoading: false,
      loaded: true,
      hasMore: true,
      pages: 1,
      error: null,
    });
    expect(first.counts).toMatchObject({ allCount: 30, unassignedCount: 30, mineCount: 0 });
    await probe.client.loadMoreConversations(query);
    const state = probe.client.store.getState();
    expect(selectListLoadState(state, query)).toMatchObject({ hasMore: false, pages: 2 });
    expect(selectConversationList(state, conversationQueryToFilter(query))).toHaveLength(30);
    // Nothing more to load: no request.
    const before = server.rest.requests.length;
    await probe.client.loadMoreConversations(query);
    expect(server.rest.requests).toHaveLength(before);
  });

  it("keeps lists apart by query and shares one request between concurrent loads", async () => {
    const { server, platform, agent, ids } = await world(3);
    platform.assign(ids[0] as number, agent.id);
    const probe = harness.agent(server, agent);
    const mine = { assigneeType: "me" as const };
    await Promise.all([probe.client.loadConversations(mine), probe.client.loadConversations(mine)]);
    expect(server.rest.requests).toHaveLength(1);
    expect(selectListLoadState(probe.client.store.getState(), mine).loaded).toBe(true);
    expect(selectListLoadState(probe.client.store.getState(), {}).loaded).toBe(false);
    const filter = conversationQueryToFilter(mine, agent.id);
    expect(selectConversationList(probe.client.store.getState(), filter).map((c) => c.id)).toEqual([
      ids[0],
    ]);
  });

  it("records a failure in the load state and in onError, and never rejects", async () => {
    const { server, agent } = await world();
    const probe = harness.agent(server, agent);
    server.rest.failNext({ status: 503 });
    const outcome = await probe.client.loadConversations();
    expect(outcome.ok).toBe(false);
    const state = selectListLoadState(probe.client.store.getState());
    expect(state).toMatchObject({ isLoading: false, loaded: false, error: { code: "http" } });
    expect(probe.errors.map((e) => e.code)).toEqual(["http"]);
    expect((await probe.client.loadConversations()).ok).toBe(true);
    expect(selectListLoadState(probe.client.store.getState()).error).toBeNull();
  });
});

describe("loading messages", () => {
  it("loads the latest page, then older pages until there are no more", async () => {
    const { server, platform, agent, ids } = await world();
    const id = ids[0] as number;
    for (let i = 0; i < 44; i++) platform.receiveContactMessage(id, `m${i}`);
    const probe = harness.agent(server, agent);
    await probe.client.loadMessages(id);
    expect(selectMessages(probe.client.store.getState(), id)).toHaveLength(20);
    expect(selectThreadLoadState(probe.client.store.getState(), id)).toMatchObject({
      loaded: true,
      hasMore: true,
    });
    await probe.client.loadOlderMessages(id);
    await probe.client.loadOlderMessages(id);
    expect(selectThreadLoadState(probe.client.store.getState(), id).hasMore).toBe(false);
    const truth = platform.messages(id).map((m) => ({ id: m.id, content: m.content }));
    expect(storedThread(probe.client, id)).toEqual(truth);
  });

  it("does not count fetched messages as unread", async () => {
    const { server, agent, ids } = await world();
    const probe = harness.agent(server, agent);
    await probe.client.loadConversations();
    const unread = selectConversation(
      probe.client.store.getState(),
      ids[0] as number,
    )?.unread_count;
    await probe.client.loadMessages(ids[0] as number);
    expect(selectConversation(probe.client.store.getState(), ids[0] as number)?.unread_count).toBe(
      unread,
    );
  });

  it("a contact loads its conversations and their public messages only", async () => {
    const { server, platform, agent, contact, ids } = await world();
    const id = ids[0] as number;
    platform.agentReply(id, "internal note", { agentId: agent.id, private: true });
    platform.agentReply(id, "Hi Bruno", { agentId: agent.id });
    const probe = harness.contact(server, contact);
    await probe.client.loadConversations();
    await probe.client.loadMessages(id);
    expect(Object.keys(probe.client.store.getState().conversations)).toEqual([String(id)]);
    expect(storedThread(probe.client, id).map((m) => m.content)).toEqual(["hello 0", "Hi Bruno"]);
  });
});

describe("read state and notifications", () => {
  it("markRead drops the unread count at once and tells the server", async () => {
    const { server, platform, agent, ids } = await world();
    const id = ids[0] as number;
    platform.receiveContactMessage(id, "anyone?");
    const probe = harness.agent(server, agent);
    await probe.client.loadConversations();
    expect(selectConversation(probe.client.store.getState(), id)?.unread_count).toBe(2);
    const done = probe.client.markRead(id);
    expect(selectConversation(probe.client.store.getState(), id)?.unread_count).toBe(0);
    expect(await done).toEqual({ ok: true });
    expect(platform.conversation(id).unread_count).toBe(0);
  });

  it("markRead settles a count the socket raised with a message the server had counted before the read", async () => {
    const { server, platform, agent, ids } = await world();
    const id = ids[0] as number;
    const probe = harness.agent(server, agent);
    await connected(server, probe);
    await probe.client.loadConversations();
    server.rest.use(async (request, next) => {
      // The contact writes just before the server handles the read: the
      // message is broadcast (the client counts it) and then read on the server.
      if (request.path.endsWith("/update_last_seen")) platform.receiveContactMessage(id, "late");
      return next();
    });
    expect(await probe.client.markRead(id)).toEqual({ ok: true });
    await server.waitFor(() =>
      storedThread(probe.client, id).some((message) => message.content === "late"),
    );
    expect(platform.conversation(id).unread_count).toBe(0);
    expect(selectConversation(probe.client.store.getState(), id)?.unread_count).toBe(0);
  });

  it("loads the agent's notifications with their counts", async () => {
    const { server, platform, agent, ids } = await world();
    platform.assign(ids[0] as number, agent.id);
    const probe = harness.agent(server, agent);
    await probe.client.loadNotifications();
    const state = probe.client.store.getState();
    expect(selectNotifications(state)).toHaveLength(1);
    expect(state.notifications).toMatchObject({ unreadCount: 1, count: 1 });
  });

  it("a live message for a loaded conversation arrives once even when a load races it", async () => {
    const { server, platform, agent, ids } = await world();
    const id = ids[0] as number;
    const probe = harness.agent(server, agent);
    await connected(server, probe);
    server.rest.use(async (request, next) => {
      if (request.path.endsWith("/messages")) platform.receiveContactMessage(id, "raced");
      return next();
    });
    await probe.client.loadMessages(id);
    const truth = platform.messages(id).map((m) => ({ id: m.id, content: m.content }));
    await server.waitFor(() => storedThread(probe.client, id).length === truth.length);
    expect(storedThread(probe.client, id)).toEqual(truth);
  });
});

describe("without an api", () => {
  it("REST methods resolve with a validation error instead of throwing", async () => {
    const client = createUniLinkClient({ url: "ws://127.0.0.1:9/cable", pubsubToken: "tok" });
    try {
      expect(await client.loadConversations()).toMatchObject({
        ok: false,
        error: { code: "validation" },
      });
      const sent = await client.sendMessage(1, { content: "x" });
      expect(sent).toMatchObject({ ok: false, error: { code: "validation" } });
      expect(selectMessages(client.store.getState(), 1)[0]).toMatchObject({ status: "failed" });
      expect(await client.resync()).toMatchObject({ ok: false });
    } finally {
      client.destroy();
    }
  });
});

describe("a hand-made api", () => {
  it("without withRestSync the client reports it and stays socket-only", async () => {
    const errors: UniLinkError[] = [];
    const raw = createAgentRest({ baseUrl: "http://127.0.0.1:9", accessToken: "t", accountId: 1 });
    const client = createUniLinkClient({
      url: "ws://127.0.0.1:9/cable",
      pubsubToken: "tok",
      api: raw,
      onError: (error) => errors.push(error),
    });
    try {
      expect(errors.map((e) => e.message)).toEqual([expect.stringContaining("withRestSync")]);
      expect(await client.loadConversations()).toMatchObject({ ok: false });
    } finally {
      client.destroy();
    }
  });
});

describe("thread sync marks", () => {
  it("live events move a mark only while the thread cannot have a gap", () => {
    const marks = new Watermarks();
    marks.track(5, 10, false);
    marks.observe(5, 12);
    expect(marks.get(5)).toBe(12);
    marks.markAllStale(); // the socket dropped: 13.. may be missing
    marks.observe(5, 20);
    expect(marks.get(5)).toBe(12);
    const epoch = marks.epoch;
    marks.advance(5, 19); // a catch-up fetched up to 19
    marks.markFresh(5, epoch);
    marks.observe(5, 20);
    expect(marks.get(5)).toBe(20);
  });

  it("a catch-up that began before another loss leaves the thread stale", () => {
    const marks = new Watermarks();
    marks.track(5, 10, false);
    marks.markAllStale();
    const epoch = marks.epoch;
    marks.markAllStale(); // lost again while the catch-up ran
    marks.markFresh(5, epoch);
    marks.observe(5, 30);
    expect(marks.get(5)).toBe(10);
  });
});
