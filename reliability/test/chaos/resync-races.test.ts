import { afterEach, describe, expect, it } from "vitest";
import { holdRestAnswers, type RestGate } from "../support/chaos-rest-gate";
import { CHAOS } from "../support/chaos-sizes";
import { type ChaosWorld, startChaosWorld } from "../support/chaos-world";
import { waitForStore } from "../support/waits";

/**
 * The chaos run's intermittent failures, made deterministic: a resync's
 * REST answer is computed, then a live event changes the same value and
 * reaches the client first, then the (now stale) answer lands.
 */
describe("resync answers overtaken by live events", () => {
  let world: ChaosWorld | undefined;
  let gate: RestGate | undefined;

  afterEach(async () => {
    gate?.remove();
    gate = undefined;
    await world?.close();
    world = undefined;
  });

  const start = (conversations: number) =>
    startChaosWorld({ ...CHAOS, conversations, restLatencyMs: 0 });

  it("keeps the notification counts of a notification.created newer than the resync's page", async () => {
    world = await start(1);
    const { client, server, agents } = world;
    const me = agents[0]?.id ?? -1;
    gate = holdRestAnswers(server, /\/notifications$/);
    const resync = client.resync();
    await gate.computed;
    // Another agent assigns the conversation to the client's agent: notification.created, count 1.
    server.platform.assign(world.conversationIds[0] as number, me, { performerId: agents[1]?.id });
    await waitForStore(client.store, (s) => s.notifications.count === 1, "the live notification");
    gate.release();
    expect((await resync).ok).toBe(true);

    const truth = server.platform.notifications(me);
    const { count, unreadCount } = client.store.getState().notifications;
    expect({ count, unreadCount }).toEqual({ count: truth.length, unreadCount: truth.length });
  });

  it("keeps the unread count of a message.created newer than the resync's conversation page", async () => {
    world = await start(1);
    const { client, server } = world;
    const id = world.conversationIds[0] as number;
    gate = holdRestAnswers(server, /\/conversations$/);
    const resync = client.resync();
    await gate.computed;
    server.platform.receiveContactMessage(id, "are you there?");
    await waitForStore(
      client.store,
      (s) => s.conversations[id]?.unread_count === 2,
      "the live message's unread count",
    );
    gate.release();
    expect((await resync).ok).toBe(true);

    expect(server.platform.conversation(id).unread_count).toBe(2);
    expect(client.store.getState().conversations[id]?.unread_count).toBe(2);
  });

  it("keeps a conversation read when a resync's page computed before markRead lands after it", async () => {
    world = await start(1);
    const { client, server } = world;
    const id = world.conversationIds[0] as number;
    expect(client.store.getState().conversations[id]?.unread_count).toBe(1);
    gate = holdRestAnswers(server, /\/conversations$/);
    const resync = client.resync();
    await gate.computed;
    expect((await client.markRead(id)).ok).toBe(true);
    gate.release();
    expect((await resync).ok).toBe(true);

    expect(server.platform.conversation(id).unread_count).toBe(0);
    expect(client.store.getState().conversations[id]?.unread_count).toBe(0);
  });
});
