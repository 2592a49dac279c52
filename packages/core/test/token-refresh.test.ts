import { describe, expect, it } from "vitest";
import { createAgentApi, selectMessages } from "../src";
import { connected, nextResync, useSyncHarness } from "./sync-harness";

const harness = useSyncHarness();

/** Subscribe commands the server received that name `token`. */
function subscribesWith(server: Awaited<ReturnType<typeof harness.server>>, token: string) {
  return server.commands.filter(
    (c) =>
      c.command === "subscribe" && typeof c.identifier === "string" && c.identifier.includes(token),
  );
}

describe("token refresh", () => {
  it("after a rotation the client fetches the new token once and resubscribes exactly once", async () => {
    const server = await harness.server();
    const { platform } = server;
    const agent = platform.createAgent({ name: "Ana" });
    const contact = platform.createContact();
    const id = platform.createConversation({ contact, messages: ["hi"] }).id;
    const api = createAgentApi({
      baseUrl: server.httpUrl,
      accessToken: agent.accessToken,
      accountId: 1,
    });
    let providerCalls = 0;
    const probe = harness.agent(server, agent, {
      confirmTimeoutMs: 100,
      pubsubToken: async () => {
        providerCalls++;
        return (await api.profile()).pubsub_token;
      },
    });
    await connected(server, probe);
    expect(providerCalls).toBe(1);

    // A password change rotates the token; the next connection's subscribe is silently refused.
    const fresh = platform.rotateAgentToken(agent.id);
    const resynced = nextResync(probe.client);
    server.dropAll();
    await server.waitFor(
      () => probe.client.status === "connected" && probe.statuses.includes("unauthorized"),
    );

    expect(providerCalls).toBe(2);
    expect(subscribesWith(server, fresh)).toHaveLength(1);
    expect(server.subscriptions.filter((s) => s.confirmed).map((s) => s.identifier)).toEqual([
      expect.stringContaining(fresh),
    ]);
    expect(probe.errors.some((e) => e.code === "unauthorized")).toBe(true);
    expect(JSON.stringify(probe.errors.map((e) => [e.message, e.details]))).not.toContain(fresh);
    expect((await resynced).ok).toBe(true);

    // Events now go to the new token and reach the client.
    const delivered = new Promise((resolve) => probe.client.on("message.created", resolve));
    platform.receiveContactMessage(id, "after the rotation");
    await delivered;
    expect(selectMessages(probe.client.store.getState(), id).map((m) => m.content)).toContain(
      "after the rotation",
    );
  });

  it("stays unauthorized when the provider has no newer token", async () => {
    const server = await harness.server();
    const { platform } = server;
    const agent = platform.createAgent();
    const stale = agent.pubsubToken;
    let providerCalls = 0;
    let refreshed!: () => void;
    const refreshedOnce = new Promise<void>((resolve) => {
      refreshed = resolve;
    });
    const probe = harness.agent(server, agent, {
      confirmTimeoutMs: 100,
      pubsubToken: async () => {
        providerCalls++;
        if (providerCalls === 2) refreshed();
        return stale;
      },
    });
    await connected(server, probe);
    platform.rotateAgentToken(agent.id);
    server.dropAll();
    await server.waitFor(() => probe.client.status === "unauthorized");
    await refreshedOnce;
    await server.waitFor(() => server.openSocketCount === 0);
    expect(probe.client.status).toBe("unauthorized");
    expect(providerCalls).toBe(2);
    // The first subscription, then one attempt plus one retry on the new socket: no retry storm.
    expect(subscribesWith(server, stale)).toHaveLength(3);
  });
});
