import {
  type ConnectionStatus,
  createUniLinkClient,
  selectMessages,
  type UniLinkClient,
} from "@unilink/core";
import {
  createFactories,
  createFakeUniLinkServer,
  events,
  type FakeUniLinkServer,
} from "@unilink/testing";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { WebSocket } from "ws";

const agent = { token: "agent-token", accountId: 1, userId: 7 };

let server: FakeUniLinkServer;
let client: UniLinkClient;
let statuses: ConnectionStatus[];

beforeEach(async () => {
  server = await createFakeUniLinkServer(); // 127.0.0.1, a random free port
  server.addAgent(agent);
  client = createUniLinkClient({
    url: server.url,
    pubsubToken: agent.token,
    accountId: agent.accountId,
    userId: agent.userId,
    WebSocket: WebSocket,
    presenceIntervalMs: 0, // no heartbeat noise in tests
    confirmTimeoutMs: 200, // a silently refused token is noticed quickly
    backoff: { minMs: 10, maxMs: 50 }, // reconnect fast
  });
  statuses = [];
  client.onStatus((status) => statuses.push(status));
});

afterEach(async () => {
  client.destroy();
  await server.close();
});

async function connected(): Promise<void> {
  client.connect();
  await vi.waitFor(() => expect(client.status).toBe("connected"));
}

it("stores a conversation and its messages from the events the server sends", async () => {
  await connected();
  const f = createFactories(42); // same seed, same payloads: stable snapshots
  const conversation = f.conversation({ status: "open", messages: [] }); // no last message
  const hello = f.message({ content: "Hello" }, { conversation });
  for (const e of [events.conversationCreated(conversation), events.messageCreated(hello)]) {
    server.broadcast(agent.token, e.event, e.data);
  }
  // The same event twice (the platform does that) is still one message.
  server.broadcast(agent.token, "message.created", events.messageCreated(hello).data);

  await vi.waitFor(() => {
    const messages = selectMessages(client.store.getState(), conversation.id);
    expect(messages.map((m) => m.content)).toEqual(["Hello"]);
  });
});

it("reconnects by itself after the server drops every socket", async () => {
  await connected();
  server.dropAll(); // abrupt: no close frame, the client sees 1006
  await vi.waitFor(() => expect(statuses).toContain("reconnecting"));
  await vi.waitFor(() => expect(client.status).toBe("connected"));
  expect(server.connectionCount).toBe(2);
});

it("reports a refused token as unauthorized instead of retrying forever", async () => {
  const onError = vi.fn();
  client.destroy();
  client = createUniLinkClient({
    url: server.url,
    pubsubToken: "revoked-token", // the server answers nothing, as the platform does
    accountId: 1,
    userId: 7,
    WebSocket: WebSocket,
    confirmTimeoutMs: 100,
    onError,
  });
  client.connect();
  await vi.waitFor(() => expect(client.status).toBe("unauthorized"), { timeout: 2000 });
  expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "unauthorized" }));
  expect(JSON.stringify(onError.mock.calls)).not.toContain("revoked-token");
});
