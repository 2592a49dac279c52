import {
  createFactories,
  createFakeUniLinkServer,
  events,
  type FakeUniLinkServer,
} from "@unilink/testing";
import { afterEach, beforeEach, expect, it } from "vitest";
import { WebSocket } from "ws";
import { createUniLinkClient, selectPresence, type UniLinkClient } from "../src";

// Finding 3 of issue 13: a visitor's widget showed the agent who had just taken
// the conversation as "Offline". The widget's presence snapshot was taken before
// the agent came online, and the next one was up to 20 s away.
const AGENT = { token: "agent-ana-token", accountId: 1, userId: 1 };
const CONTACT = { token: "contact-bruno-token", accountId: 1, contactId: 50 };
// Long enough that no periodic beat happens during a test.
const NO_BEAT_MS = 600_000;

let server: FakeUniLinkServer;
const clients: UniLinkClient[] = [];

beforeEach(async () => {
  server = await createFakeUniLinkServer();
  server.addAgent({ ...AGENT, name: "Ana" });
  server.addContact(CONTACT);
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

async function connect(options: {
  pubsubToken: string;
  userId?: number;
  presenceIntervalMs?: number;
}) {
  const client = createUniLinkClient({
    url: server.url,
    WebSocket: WebSocket as never,
    accountId: 1,
    presenceIntervalMs: NO_BEAT_MS,
    ...options,
  });
  clients.push(client);
  client.connect();
  await server.waitFor(() => client.status === "connected");
  return client;
}

function presenceCommands(token: string): number {
  return server.commands.filter(
    (c) => c.action === "update_presence" && String(c.identifier).includes(token),
  ).length;
}

function conversationFixture() {
  const f = createFactories(5);
  const ana = f.user({ id: AGENT.userId, name: "Ana" });
  const bruno = f.contact({ id: CONTACT.contactId, name: "Bruno" });
  const open = f.conversation({ id: 10, meta: { sender: bruno, assignee: null }, messages: [] });
  const assigned = {
    ...open,
    meta: { ...open.meta, assignee: ana },
    updated_at: open.updated_at + 1,
  };
  return { f, ana, bruno, assigned };
}

/** Ana takes the conversation and replies "Hi" (message 100), both sent to the widget. */
function assignAndReply() {
  const fixture = conversationFixture();
  const { f, ana, assigned } = fixture;
  const e = events.conversationUpdated(assigned);
  server.broadcast(CONTACT.token, e.event, e.data);
  const reply = events.messageCreated(
    f.message({ id: 100, content: "Hi", message_type: 1 }, { conversation: assigned, sender: ana }),
  );
  server.broadcast(CONTACT.token, reply.event, reply.data);
  return fixture;
}

it("an assignment naming an agent missing from the last snapshot brings a fresh one at once", async () => {
  const widget = await connect({ pubsubToken: CONTACT.token });
  // The widget's snapshot on subscribing: nobody online yet.
  await server.waitFor(() => presenceCommands(CONTACT.token) === 1);
  await connect({ pubsubToken: AGENT.token, userId: AGENT.userId });
  expect(selectPresence(widget.store.getState(), { userId: AGENT.userId })).toBe("offline");

  const { assigned } = conversationFixture();
  const e = events.conversationUpdated(assigned);
  server.broadcast(CONTACT.token, e.event, e.data);
  await server.waitFor(
    () => selectPresence(widget.store.getState(), { userId: AGENT.userId }) === "online",
  );
  expect(presenceCommands(CONTACT.token)).toBe(2);
});

it("asks at most once per 5 s, and not for agents the snapshot already lists", async () => {
  const agent = await connect({ pubsubToken: AGENT.token, userId: AGENT.userId });
  const widget = await connect({ pubsubToken: CONTACT.token });
  await server.waitFor(
    () => selectPresence(widget.store.getState(), { userId: AGENT.userId }) === "online",
  );
  const before = presenceCommands(CONTACT.token);
  const { f, assigned } = assignAndReply();
  await server.waitFor(() => widget.store.getState().messages[10]?.ids.length === 1);
  // Ana is listed: no extra request.
  expect(presenceCommands(CONTACT.token)).toBe(before);
  expect(agent.status).toBe("connected");

  // An agent the snapshot does not list (Caio, never online), named twice in a row: one request.
  const caio = f.user({ id: 2, name: "Caio" });
  const toCaio = {
    ...assigned,
    meta: { ...assigned.meta, assignee: caio },
    updated_at: assigned.updated_at + 1,
  };
  const first = events.conversationUpdated(toCaio);
  server.broadcast(CONTACT.token, first.event, first.data);
  const second = events.messageCreated(
    f.message(
      { id: 101, content: "Caio here", message_type: 1 },
      { conversation: toCaio, sender: caio },
    ),
  );
  server.broadcast(CONTACT.token, second.event, second.data);
  await server.waitFor(() => widget.store.getState().messages[10]?.ids.length === 2);
  await server.waitFor(() => presenceCommands(CONTACT.token) === before + 1);
  expect(presenceCommands(CONTACT.token)).toBe(before + 1);
});

it("a client with presence off (presenceIntervalMs: 0) never asks: asking would mark it online", async () => {
  const widget = await connect({ pubsubToken: CONTACT.token, presenceIntervalMs: 0 });
  await connect({ pubsubToken: AGENT.token, userId: AGENT.userId });
  assignAndReply();
  await server.waitFor(() => widget.store.getState().messages[10]?.ids.length === 1);
  expect(presenceCommands(CONTACT.token)).toBe(0);
  expect(selectPresence(widget.store.getState(), { userId: AGENT.userId })).toBe("offline");
});
