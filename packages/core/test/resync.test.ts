import { describe, expect, it, vi } from "vitest";
import { selectConversation, selectMessages, selectResyncState } from "../src";
import { watchForSleep } from "../src/sync/sleep-watch";
import { connected, dropAndHold, nextResync, storedThread, useSyncHarness } from "./sync-harness";

const harness = useSyncHarness();

function truth(
  server: Awaited<ReturnType<typeof harness.server>>,
  conversationId: number,
  view?: "contact",
) {
  return server.platform
    .messages(conversationId, { view })
    .map((m) => ({ id: m.id, content: m.content }));
}

describe("resync after a reconnect", () => {
  it("recovers every message created while the socket was down, exactly once and in order", async () => {
    const server = await harness.server();
    const { platform } = server;
    const agent = platform.createAgent({ name: "Ana" });
    const ids = [1, 2, 3].map((n) => {
      const contact = platform.createContact({ name: `Visitor ${n}` });
      return platform.createConversation({ contact, messages: [`hello ${n}`] }).id;
    });
    const probe = harness.agent(server, agent);
    await connected(server, probe);
    await probe.client.loadConversations({ status: "open" });
    for (const id of ids) await probe.client.loadMessages(id);

    await dropAndHold(server, probe);
    const [first, second, third] = ids as [number, number, number];
    for (let i = 0; i < 130; i++) platform.receiveContactMessage(first, `burst ${i}`);
    platform.agentReply(second, "private note", { agentId: agent.id, private: true });
    platform.receiveContactMessage(second, "are you there?");
    platform.agentReply(third, "solved", { agentId: agent.id });
    platform.changeStatus(third, "resolved");
    const resynced = nextResync(probe.client);
    server.unfreeze();

    const result = await resynced;
    expect(result).toMatchObject({ ok: true });
    for (const id of ids) expect(storedThread(probe.client, id)).toEqual(truth(server, id));
    expect(selectConversation(probe.client.store.getState(), third)?.status).toBe("resolved");
    expect(probe.statuses).toContain("resyncing");
    expect(probe.client.status).toBe("connected");
    expect(selectResyncState(probe.client.store.getState())).toMatchObject({
      status: "ok",
      error: null,
    });
    // 130 new messages: one full `after=` page of 100, then the rest.
    const afterCalls = server.rest.requests.filter(
      (r) => r.path.endsWith(`/conversations/${first}/messages`) && r.query.after,
    );
    expect(afterCalls).toHaveLength(2);
  });

  it("a stall shorter than the liveness window keeps the socket: what was sent meanwhile arrives late, none lost", async () => {
    const server = await harness.server();
    const { platform } = server;
    const agent = platform.createAgent({ name: "Ana" });
    const contact = platform.createContact({ name: "Visitor" });
    const id = platform.createConversation({ contact, messages: ["hello"] }).id;
    const probe = harness.agent(server, agent);
    await connected(server, probe);
    await probe.client.loadMessages(id);

    // No reconnect, so no resync: only the late frames can bring these in.
    server.freeze();
    for (let i = 0; i < 3; i++) platform.receiveContactMessage(id, `during the stall ${i}`);
    server.unfreeze();

    await server.waitFor(() => storedThread(probe.client, id).length === 4);
    expect(storedThread(probe.client, id)).toEqual(truth(server, id));
    expect(probe.statuses).not.toContain("reconnecting");
    expect(probe.resyncs).toEqual([]);
  });

  it("merges events that arrive during the resync without duplicates", async () => {
    const server = await harness.server();
    const { platform } = server;
    const agent = platform.createAgent();
    const contact = platform.createContact();
    const id = platform.createConversation({ contact, messages: ["start"] }).id;
    const probe = harness.agent(server, agent);
    await connected(server, probe);
    await probe.client.loadMessages(id);

    await dropAndHold(server, probe);
    platform.receiveContactMessage(id, "missed");
    // While the resync's `after=` request is in flight, new messages are broadcast live.
    server.rest.use(async (request, next) => {
      if (request.query.after) {
        platform.receiveContactMessage(id, "live during resync");
        await server.waitFor(() =>
          selectMessages(probe.client.store.getState(), id).some(
            (m) => m.content === "live during resync",
          ),
        );
      }
      return next();
    });
    const resynced = nextResync(probe.client);
    server.unfreeze();
    expect(await resynced).toMatchObject({ ok: true });
    expect(storedThread(probe.client, id)).toEqual(truth(server, id));
    expect(storedThread(probe.client, id).map((m) => m.content)).toEqual([
      "start",
      "missed",
      "live during resync",
    ]);
  });

  it("refetches every loaded list page and conversations that left the list", async () => {
    const server = await harness.server();
    const { platform } = server;
    const agent = platform.createAgent();
    const contact = platform.createContact();
    const ids = Array.from({ length: 30 }, () => platform.createConversation({ contact }).id);
    const probe = harness.agent(server, agent);
    await connected(server, probe);
    await probe.client.loadConversations();
    await probe.client.loadMoreConversations();
    expect(Object.keys(probe.client.store.getState().conversations)).toHaveLength(30);

    await dropAndHold(server, probe);
    const oldest = ids[0] as number;
    platform.changeStatus(oldest, "resolved"); // leaves the open list, updated_at moves
    platform.assign(ids[1] as number, agent.id);
    const resynced = nextResync(probe.client);
    server.unfreeze();
    expect(await resynced).toMatchObject({ ok: true });
    const state = probe.client.store.getState();
    expect(selectConversation(state, oldest)?.status).toBe("resolved");
    expect(selectConversation(state, ids[1] as number)?.meta?.assignee?.id).toBe(agent.id);
    const listCalls = server.rest.requests.filter(
      (r) => r.path === "/api/v1/accounts/1/conversations",
    );
    expect(listCalls.map((r) => r.query.page)).toEqual(["1", "2", "1", "2"]);
  });

  it("a contact pages back with before= until it reaches the newest message it knew", async () => {
    const server = await harness.server();
    const { platform } = server;
    const agent = platform.createAgent();
    const contact = platform.createContact({ name: "Bruno" });
    const id = platform.createConversation({ contact, messages: ["hi"] }).id;
    const probe = harness.contact(server, contact);
    await connected(server, probe);
    await probe.client.loadConversations();
    await probe.client.loadMessages(id);

    await dropAndHold(server, probe);
    for (let i = 0; i < 45; i++) platform.agentReply(id, `reply ${i}`, { agentId: agent.id });
    platform.agentReply(id, "internal", { agentId: agent.id, private: true });
    const resynced = nextResync(probe.client);
    server.unfreeze();
    expect(await resynced).toMatchObject({ ok: true });
    expect(storedThread(probe.client, id)).toEqual(truth(server, id, "contact"));
    const pages = server.rest.requests.filter((r) =>
      r.path.endsWith(`/conversations/${id}/messages`),
    );
    // latest (initial load), then on resync: latest, before=, before=
    expect(pages.map((r) => r.query.before === undefined)).toEqual([true, true, false, false]);
  });

  it("a failed resync is reported and retried on the next reconnect", async () => {
    const server = await harness.server();
    const { platform } = server;
    const agent = platform.createAgent();
    const contact = platform.createContact();
    const id = platform.createConversation({ contact, messages: ["one"] }).id;
    const probe = harness.agent(server, agent);
    await connected(server, probe);
    await probe.client.loadMessages(id);

    await dropAndHold(server, probe);
    platform.receiveContactMessage(id, "two");
    server.rest.failNext({ path: /\/messages$/, status: 502 });
    const failed = nextResync(probe.client);
    server.unfreeze();
    const result = await failed;
    expect(result.ok).toBe(false);
    expect(result.error).toMatchObject({ code: "http", details: { status: 502 } });
    expect(selectResyncState(probe.client.store.getState()).status).toBe("failed");
    expect(probe.client.status).toBe("connected");

    const retried = nextResync(probe.client);
    server.dropAll();
    expect(await retried).toMatchObject({ ok: true });
    expect(storedThread(probe.client, id)).toEqual(truth(server, id));
  });

  it("resyncs when the page resumes from sleep although the socket stayed up", async () => {
    const server = await harness.server();
    const { platform } = server;
    const agent = platform.createAgent();
    const contact = platform.createContact();
    const id = platform.createConversation({ contact, messages: ["one"] }).id;
    const document = new EventTarget();
    (globalThis as { document?: EventTarget }).document = document;
    try {
      const probe = harness.agent(server, agent, { sleepCheckIntervalMs: 60_000 });
      await connected(server, probe);
      await probe.client.loadMessages(id);
      // Broadcasts the socket never delivered (a frozen page, a stalled fan-out).
      platform.holdEvents();
      platform.receiveContactMessage(id, "lost while asleep");
      platform.releaseEvents({ drop: true });
      const resynced = nextResync(probe.client);
      document.dispatchEvent(new Event("resume"));
      expect(await resynced).toMatchObject({ ok: true });
      expect(storedThread(probe.client, id)).toEqual(truth(server, id));
    } finally {
      delete (globalThis as { document?: EventTarget }).document;
    }
  });
});

describe("sleep detection", () => {
  it("calls onWake when a check fires far later than scheduled, not for small delays", () => {
    vi.useFakeTimers();
    try {
      let clock = 0;
      const woke: number[] = [];
      const stop = watchForSleep({
        intervalMs: 1000,
        toleranceMs: 5000,
        now: () => clock,
        onWake: () => woke.push(clock),
      });
      clock += 1200; // a throttled timer: late, but not asleep
      vi.advanceTimersByTime(1000);
      expect(woke).toEqual([]);
      clock += 60_000; // the machine slept a minute between two checks
      vi.advanceTimersByTime(1000);
      expect(woke).toEqual([61_200]);
      stop();
      clock += 60_000;
      vi.advanceTimersByTime(5000);
      expect(woke).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
