import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { agentIdentifier } from "./support/cable-socket";
import { createTestClient, destroyTestClients, nextEvent } from "./support/client-harness";
import { messageCreatedData } from "./support/platform-payloads";
import { type ReferenceServer, startReferenceServer } from "./support/reference-server";
import { uniqueToken } from "./support/unique-token";

const CONFIRM_TIMEOUT_MS = 500;

describe("real Rails ActionCable server (Debian ruby-actioncable 6.1, puma): @unilink/core client", () => {
  let server: ReferenceServer;
  let nextUserId = 100;

  beforeAll(async () => {
    server = await startReferenceServer();
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(() => {
    destroyTestClients();
  });

  async function agentClient(accountId = 1) {
    const token = uniqueToken("agent");
    const userId = nextUserId++;
    await server.addTokens({ agents: [{ token, account_id: accountId, user_id: userId }] });
    const harness = createTestClient({
      url: server.urls[0] ?? "",
      pubsubToken: token,
      accountId,
      userId,
    });
    return { ...harness, token, userId, identifier: agentIdentifier(token, accountId, userId) };
  }

  async function subscriptionsOf(identifier: string): Promise<string[]> {
    const health = await server.health();
    return health.connections.flatMap((c) => c.subscriptions).filter((id) => id === identifier);
  }

  it("connects, subscribes with the guide's identifier and reports connected", async () => {
    const agent = await agentClient();
    agent.client.connect();
    await agent.reach("connected");
    expect(agent.statuses).toEqual(["connecting", "subscribing", "connected"]);
    expect(await subscriptionsOf(agent.identifier)).toEqual([agent.identifier]);
    expect(agent.errors).toEqual([]);
  });

  it('delivers a server broadcast to on("message.created") and into the store', async () => {
    const agent = await agentClient();
    agent.client.connect();
    await agent.reach("connected");
    const received = nextEvent<{ id: number; content: string }>(agent.client, "message.created");
    await server.broadcast(agent.token, "message.created", messageCreatedData(1, 42, 9001));
    const message = await received;
    expect(message).toMatchObject({ id: 9001, content: "hello from the real server #9001" });
    const stored = agent.client.store.getState().messages[42]?.byId["9001"];
    expect(stored).toMatchObject({ id: 9001, conversation_id: 42 });
  });

  it("reports unauthorized (code unauthorized, token redacted) within 2x the confirm timeout for a bad token", async () => {
    const token = uniqueToken("never-issued");
    const agent = createTestClient({
      url: server.urls[0] ?? "",
      pubsubToken: token,
      accountId: 1,
      userId: 1,
      confirmTimeoutMs: CONFIRM_TIMEOUT_MS,
    });
    agent.client.connect();
    await agent.reach("subscribing");
    const subscribingAt = performance.now();
    await agent.reach("unauthorized", 4 * CONFIRM_TIMEOUT_MS);
    // The real server never answers; the client must give up by itself.
    expect(performance.now() - subscribingAt).toBeLessThan(2 * CONFIRM_TIMEOUT_MS + 400);
    expect(agent.errors.map((error) => error.code)).toContain("unauthorized");
    expect(JSON.stringify(agent.errors.map((e) => [e.message, e.details]))).not.toContain(token);
  });

  it("reconnects and resubscribes exactly once after ActionCable.server.restart", async () => {
    const agent = await agentClient();
    agent.client.connect();
    await agent.reach("connected");
    const before = agent.statuses.length;
    const dropped = agent.reach("reconnecting");
    await server.restartActionCable();
    await dropped;
    await agent.reach("connected");
    expect(agent.statuses.slice(before)).not.toContain("unauthorized");
    expect(await subscriptionsOf(agent.identifier)).toEqual([agent.identifier]);
    const received = nextEvent<{ id: number }>(agent.client, "message.created");
    await server.broadcast(agent.token, "message.created", messageCreatedData(1, 43, 9002));
    expect(await received).toMatchObject({ id: 9002 });
  });

  it("reconnects after a Rails 6.1 remote disconnect (close 1000, no frame)", async () => {
    const agent = await agentClient();
    agent.client.connect();
    await agent.reach("connected");
    const dropped = agent.reach("reconnecting");
    await server.disconnect();
    await dropped;
    await agent.reach("connected");
    const received = nextEvent<{ id: number }>(agent.client, "message.created");
    await server.broadcast(agent.token, "message.created", messageCreatedData(1, 44, 9003));
    expect(await received).toMatchObject({ id: 9003 });
  });

  it("becomes unauthorized when its token was rotated while it was offline", async () => {
    const agent = await agentClient();
    agent.client.connect();
    await agent.reach("connected");
    await server.revokeTokens([agent.token]);
    await server.disconnect();
    await agent.reach("unauthorized", 4000 + 4 * CONFIRM_TIMEOUT_MS);
    expect(agent.errors.map((error) => error.code)).toContain("unauthorized");
  });

  it("setToken swaps the subscription: the old identifier is gone, the new stream delivers", async () => {
    const agent = await agentClient();
    agent.client.connect();
    await agent.reach("connected");
    const rotated = uniqueToken("rotated");
    await server.addTokens({ agents: [{ token: rotated, account_id: 1, user_id: agent.userId }] });
    const rotatedIdentifier = agentIdentifier(rotated, 1, agent.userId);
    agent.client.setToken(rotated);
    await expect
      .poll(() => subscriptionsOf(rotatedIdentifier), { timeout: 5000 })
      .toEqual([rotatedIdentifier]);
    await agent.reach("connected");
    expect(await subscriptionsOf(agent.identifier)).toEqual([]);
    const received = nextEvent<{ id: number }>(agent.client, "message.created");
    await server.broadcast(rotated, "message.created", messageCreatedData(1, 45, 9004));
    expect(await received).toMatchObject({ id: 9004 });
  });

  it("updatePresence gets the server's presence snapshot into the store", async () => {
    const agent = await agentClient(31);
    agent.client.connect();
    await agent.reach("connected");
    const snapshot = nextEvent<{ users: Record<string, string> }>(agent.client, "presence.update");
    agent.client.updatePresence();
    expect((await snapshot).users).toEqual({ [agent.userId]: "online" });
    expect(agent.client.store.getState().presence.users[agent.userId]).toBe("online");
  });
});
