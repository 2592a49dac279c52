import { describe, expect, it } from "vitest";
import { isPending, type PendingMessage, type StoredMessage, selectMessages } from "../src";
import {
  type ClientProbe,
  connected,
  dropAndHold,
  storedThread,
  useSyncHarness,
} from "./sync-harness";

const harness = useSyncHarness();

async function agentSetup() {
  const server = await harness.server();
  const { platform } = server;
  const agent = platform.createAgent({ name: "Ana" });
  const contact = platform.createContact({ name: "Bruno" });
  const id = platform.createConversation({ contact, messages: ["Where is my parcel?"] }).id;
  const probe = harness.agent(server, agent);
  await connected(server, probe);
  await probe.client.loadMessages(id);
  return { server, platform, agent, contact, id, probe };
}

const thread = (probe: ClientProbe, id: number) =>
  selectMessages(probe.client.store.getState(), id);

function pendingOf(messages: readonly StoredMessage[]): PendingMessage[] {
  return messages.filter(isPending) as PendingMessage[];
}

function truth(server: Awaited<ReturnType<typeof harness.server>>, id: number, view?: "contact") {
  return server.platform.messages(id, { view }).map((m) => ({ id: m.id, content: m.content }));
}

const sends = (server: Awaited<ReturnType<typeof harness.server>>) =>
  server.rest.requests.filter((r) => r.method === "POST" && r.path.endsWith("/messages"));

describe("optimistic send", () => {
  it("shows the message at once as pending with id = echo_id", async () => {
    const { server, id, probe } = await agentSetup();
    const settled = probe.client.sendMessage(id, { content: "It ships today" });
    const pending = pendingOf(thread(probe, id));
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      status: "sending",
      content: "It ships today",
      message_type: 1,
    });
    expect(pending[0]?.id).toBe(pending[0]?.echo_id);
    expect(pending[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
    const outcome = await settled;
    expect(outcome.ok).toBe(true);
    expect(sends(server)[0]?.body).toMatchObject({ echo_id: pending[0]?.echo_id });
  });

  it("answer first, event later: replaced once, no duplicate", async () => {
    const { server, platform, id, probe } = await agentSetup();
    platform.holdEvents();
    const outcome = await probe.client.sendMessage(id, { content: "answer first" });
    expect(outcome.ok).toBe(true);
    expect(storedThread(probe.client, id)).toEqual(truth(server, id));
    const event = new Promise((resolve) => probe.client.on("message.created", resolve));
    platform.releaseEvents();
    await event;
    // The event carried the same server id and echo id: still exactly the truth.
    expect(storedThread(probe.client, id)).toEqual(truth(server, id));
  });

  it("event first, answer later: replaced once, no duplicate", async () => {
    const { server, id, probe } = await agentSetup();
    // Hold the REST answer until the message.created event has replaced the pending copy.
    server.rest.use(async (request, next) => {
      const response = await next();
      if (request.method === "POST") {
        await server.waitFor(() => pendingOf(thread(probe, id)).length === 0);
      }
      return response;
    });
    const outcome = await probe.client.sendMessage(id, { content: "event first" });
    expect(outcome.ok).toBe(true);
    expect(storedThread(probe.client, id)).toEqual(truth(server, id));
  });

  it("both racing, many sends: each message exactly once, in order", async () => {
    const { server, id, probe } = await agentSetup();
    const outcomes = await Promise.all(
      ["one", "two", "three", "four"].map((content) => probe.client.sendMessage(id, { content })),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    await server.waitFor(() => pendingOf(thread(probe, id)).length === 0);
    expect(storedThread(probe.client, id)).toEqual(truth(server, id));
    expect(storedThread(probe.client, id).map((m) => m.content)).toEqual([
      "Where is my parcel?",
      "one",
      "two",
      "three",
      "four",
    ]);
  });

  it("a failed send is marked failed; retry uses the same echo_id and the server keeps one message", async () => {
    const { server, platform, id, probe } = await agentSetup();
    // The server creates the message but the answer is lost, and so is the event.
    server.rest.failNext({ method: "POST", path: /\/messages$/, afterHandling: true, status: 500 });
    platform.holdEvents();
    const failed = await probe.client.sendMessage(id, { content: "flaky network" });
    platform.releaseEvents({ drop: true });
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error).toMatchObject({ code: "http", details: { status: 500 } });
    const shown = pendingOf(thread(probe, id));
    expect(shown).toEqual([expect.objectContaining({ status: "failed", echo_id: failed.echoId })]);
    expect(shown[0]?.error?.code).toBe("http");
    expect(probe.errors.some((e) => e.code === "http")).toBe(true);

    const retried = await probe.client.retryMessage(failed.echoId);
    expect(retried.ok).toBe(true);
    expect(sends(server).map((r) => (r.body as { echo_id: string }).echo_id)).toEqual([
      failed.echoId,
      failed.echoId,
    ]);
    expect(platform.messages(id).filter((m) => m.content === "flaky network")).toHaveLength(1);
    expect(storedThread(probe.client, id)).toEqual(truth(server, id));
  });

  it("a send refused before reaching the server can be retried into one message", async () => {
    const { server, id, probe } = await agentSetup();
    server.rest.failNext({ method: "POST", drop: true });
    const failed = await probe.client.sendMessage(id, { content: "try again" });
    expect(failed.ok).toBe(false);
    expect(failed.ok ? undefined : failed.error.code).toBe("network");
    const retried = await probe.client.retryMessage(failed.echoId);
    expect(retried.ok).toBe(true);
    await server.waitFor(() => pendingOf(thread(probe, id)).length === 0);
    expect(storedThread(probe.client, id)).toEqual(truth(server, id));
  });

  it("offline sends wait in the outbox as sending, then go out in order once connected", async () => {
    const { server, id, probe } = await agentSetup();
    await dropAndHold(server, probe);
    const outcomes = ["first", "second", "third"].map((content) =>
      probe.client.sendMessage(id, { content }),
    );
    expect(pendingOf(thread(probe, id)).map((m) => [m.content, m.status])).toEqual([
      ["first", "sending"],
      ["second", "sending"],
      ["third", "sending"],
    ]);
    expect(sends(server)).toHaveLength(0);
    server.unfreeze();
    expect((await Promise.all(outcomes)).every((o) => o.ok)).toBe(true);
    expect(sends(server).map((r) => (r.body as { content: string }).content)).toEqual([
      "first",
      "second",
      "third",
    ]);
    await server.waitFor(() => pendingOf(thread(probe, id)).length === 0);
    expect(storedThread(probe.client, id)).toEqual(truth(server, id));
  });

  it("a contact's answer lacks echo_id: the pending copy is still replaced, then the event adds nothing", async () => {
    const server = await harness.server();
    const { platform } = server;
    platform.createAgent();
    const contact = platform.createContact({ name: "Bruno" });
    const id = platform.createConversation({ contact }).id;
    const probe = harness.contact(server, contact);
    await connected(server, probe);
    await probe.client.loadMessages(id);
    platform.holdEvents();
    const outcome = await probe.client.sendMessage(id, { content: "hello from the widget" });
    expect(outcome.ok).toBe(true);
    expect(pendingOf(thread(probe, id))).toEqual([]);
    expect(storedThread(probe.client, id)).toEqual(truth(server, id, "contact"));
    const event = new Promise<{ echo_id?: string | null }>((resolve) =>
      probe.client.on("message.created", resolve),
    );
    platform.releaseEvents();
    expect((await event).echo_id).toBe(outcome.echoId);
    expect(storedThread(probe.client, id)).toEqual(truth(server, id, "contact"));
    expect(thread(probe, id)[0]).toMatchObject({ message_type: 0 });
  });

  it("destroying the client settles unsent messages as failed", async () => {
    const { server, id, probe } = await agentSetup();
    await dropAndHold(server, probe);
    const pending = probe.client.sendMessage(id, { content: "never sent" });
    probe.client.destroy();
    const outcome = await pending;
    expect(outcome.ok).toBe(false);
    server.unfreeze();
  });
});
