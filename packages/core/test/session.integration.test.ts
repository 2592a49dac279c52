import {
  createFactories,
  createFakeUniLinkServer,
  events,
  type FakeUniLinkServer,
} from "@unilink/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import {
  createUniLinkClient,
  selectContact,
  selectConversation,
  selectConversationList,
  selectMessages,
  selectNotifications,
  selectPresence,
  selectTypingUsers,
  type UniLinkClient,
  type UniLinkError,
} from "../src";

// Plays one support session through the fake server, routing each event the
// way the platform does: agents get everything on the account, the contact
// only its own non-private events.
const AGENT = { token: "agent-ana-token", accountId: 1, userId: 1 };
const CONTACT = { token: "contact-bruno-token", accountId: 1, contactId: 50 };

let server: FakeUniLinkServer;
const clients: UniLinkClient[] = [];

beforeEach(async () => {
  server = await createFakeUniLinkServer({ presenceOnSubscribe: false });
  server.addAgent({ ...AGENT, name: "Ana" });
  server.addAgent({ token: "agent-caio-token", accountId: 1, userId: 2, name: "Caio" });
  server.addContact(CONTACT);
});
afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy();
  await server.close();
});

async function connect(options: { pubsubToken: string; accountId?: number; userId?: number }) {
  const errors: UniLinkError[] = [];
  const client = createUniLinkClient({
    url: server.url,
    WebSocket: WebSocket as never,
    presenceIntervalMs: 0,
    onError: (error) => errors.push(error),
    ...options,
  });
  clients.push(client);
  client.connect();
  await server.waitFor(() => client.status === "connected");
  return { client, errors };
}

function playSession(f = createFactories(3)) {
  const ana = f.user({ id: 1, name: "Ana" });
  const caio = f.user({ id: 2, name: "Caio" });
  const bruno = f.contact({ id: CONTACT.contactId, name: "Bruno" });
  const base = f.conversation({
    id: 10,
    status: "open",
    meta: { sender: bruno, assignee: null },
    messages: [],
    updated_at: 1_700_000_000.1,
  });
  const toAgents = (e: { event: string; data: unknown }) =>
    server.broadcastToAccount(1, e.event, e.data);
  const toContact = (e: { event: string; data: unknown }) =>
    server.broadcast(CONTACT.token, e.event, e.data);
  const toBoth = (e: { event: string; data: unknown }) => {
    toAgents(e);
    toContact(e);
  };

  toBoth(events.conversationCreated(base));
  toBoth(events.typingOn(base, bruno));
  toBoth(
    events.messageCreated(
      f.message(
        { id: 100, content: "Where is my parcel?", message_type: 0, created_at: 1_700_000_010 },
        { conversation: base, sender: bruno },
      ),
    ),
  );
  toBoth(events.typingOff(base, bruno));
  // Private typing and a private note: agents only.
  toAgents(events.typingOn(base, caio, true));
  toAgents(
    events.messageCreated(
      f.message(
        {
          id: 101,
          content: "VIP customer",
          private: true,
          message_type: 1,
          created_at: 1_700_000_020,
        },
        { conversation: base, sender: caio },
      ),
    ),
  );
  // Assignment: the platform sends assignee.changed AND conversation.updated.
  const assigned = { ...base, meta: { ...base.meta, assignee: ana }, updated_at: 1_700_000_030.5 };
  toAgents(events.assigneeChanged(assigned));
  toBoth(events.conversationUpdated(assigned));
  toBoth(events.typingOn(base, ana));
  toBoth(
    events.messageCreated(
      f.message(
        { id: 102, content: "It ships today", message_type: 1, created_at: 1_700_000_040 },
        { conversation: base, sender: ana },
      ),
    ),
  );
  // Resolve: conversation.status_changed AND conversation.updated, the second arriving first.
  const resolved = { ...assigned, status: "resolved" as const, updated_at: 1_700_000_050.25 };
  toBoth(events.conversationUpdated(resolved));
  toBoth(events.conversationStatusChanged(resolved));
  // A stale update arriving late must not reopen it.
  toBoth(events.conversationUpdated(assigned));
  toAgents(events.presenceUpdate(1, { "1": "online", "2": "busy" }, { "50": "online" }));
  toAgents(
    events.notificationCreated(f.notification({ id: 7 }, { conversation: resolved, user: ana }), {
      unreadCount: 1,
      count: 1,
    }),
  );
  // An event the library does not know marks the end: listeners get it, the store ignores it.
  toBoth({ event: "test.session_end", data: { account_id: 1 } });
}

function sessionEnd(client: UniLinkClient) {
  return new Promise<void>((resolve) =>
    client.on("*", (e) => e.event === "test.session_end" && resolve()),
  );
}

describe("a realistic session over the fake server", () => {
  it("gives an agent the whole picture", async () => {
    const { client, errors } = await connect({ pubsubToken: AGENT.token, accountId: 1, userId: 1 });
    const ended = sessionEnd(client);
    playSession();
    await ended;
    const state = client.store.getState();

    expect(errors).toEqual([]);
    const conversation = selectConversation(state, 10);
    expect(conversation?.status).toBe("resolved");
    expect(conversation?.meta?.assignee?.id).toBe(1);
    expect(
      selectConversationList(state, { status: "resolved", assignee: "me", meUserId: 1 }).map(
        (c) => c.id,
      ),
    ).toEqual([10]);
    expect(selectConversationList(state, { status: "open" })).toEqual([]);
    expect(selectMessages(state, 10).map((m) => m.id)).toEqual([100, 101, 102]);
    expect(selectMessages(state, 10).find((m) => m.id === 101)?.private).toBe(true);
    expect(selectContact(state, 50)?.name).toBe("Bruno");
    // Ana is still typing (no typing_off yet); Caio types a private note.
    const typists = selectTypingUsers(state, 10, { includePrivate: true }).map((t) => t.user.name);
    expect(typists.sort()).toEqual(["Ana", "Caio"]);
    expect(selectTypingUsers(state, 10, { includePrivate: false }).map((t) => t.user.name)).toEqual(
      ["Ana"],
    );
    expect(selectPresence(state, { userId: 2 })).toBe("busy");
    expect(selectPresence(state, { contactId: 50 })).toBe("online");
    expect(selectPresence(state, { userId: 3 })).toBe("offline");
    expect(state.notifications.unreadCount).toBe(1);
  });

  it("gives the contact's widget only what a contact may see", async () => {
    const { client, errors } = await connect({ pubsubToken: CONTACT.token });
    const ended = sessionEnd(client);
    playSession();
    await ended;
    const state = client.store.getState();

    expect(errors).toEqual([]);
    expect(selectConversation(state, 10)?.status).toBe("resolved");
    expect(selectMessages(state, 10).map((m) => m.content)).toEqual([
      "Where is my parcel?",
      "It ships today",
    ]);
    expect(selectTypingUsers(state, 10, { includePrivate: false }).map((t) => t.user.name)).toEqual(
      ["Ana"],
    );
    expect(selectNotifications(state)).toEqual([]);
    expect(state.presence.users).toEqual({});
  });
});

describe("a socket-only client (no api)", () => {
  it("shows the connection's status through a loss: store first, then status listeners", async () => {
    const errors: UniLinkError[] = [];
    const client = createUniLinkClient({
      url: server.url,
      WebSocket: WebSocket as never,
      presenceIntervalMs: 0,
      pubsubToken: AGENT.token,
      accountId: AGENT.accountId,
      userId: AGENT.userId,
      backoff: { minMs: 10, maxMs: 20 },
      onError: (error) => errors.push(error),
    });
    clients.push(client);
    const seen: string[] = [];
    client.onStatus((status, previous) => {
      seen.push(`${previous} -> ${status}`);
      // The store already holds the status a listener hears.
      expect(client.store.getState().status).toBe(status);
      expect(client.status).toBe(status);
    });
    client.onStatus(() => {
      throw new Error("a status listener bug");
    });
    client.connect();
    await server.waitFor(() => client.status === "connected");
    server.dropAll();
    await server.waitFor(() => seen.length === 7 && client.status === "connected");

    expect(seen).toEqual([
      "idle -> connecting",
      "connecting -> subscribing",
      "subscribing -> connected",
      "connected -> reconnecting",
      "reconnecting -> connecting",
      "connecting -> subscribing",
      "subscribing -> connected",
    ]);
    const listenerErrors = errors.filter((error) => error.code === "listener");
    expect(listenerErrors).toHaveLength(7);
    expect(listenerErrors[0]?.message).toContain("a status listener bug");
  });
});
