import { describe, expect, it } from "vitest";
import { useHarness } from "./helpers/harness";
import {
  agentIdentifier,
  contactIdentifier,
  type RawClient,
  settle,
  subscribe,
  updatePresence,
} from "./helpers/raw-client";

function presenceFrames(client: RawClient): unknown[] {
  return client.messages
    .map((f) => JSON.parse(f))
    .filter((f) => f.message?.event === "presence.update")
    .map((f) => f.message.data);
}

describe("presence", () => {
  const h = useHarness();

  async function setup(presenceOnSubscribe = false) {
    let now = 1_000_000;
    const clock = {
      advance: (ms: number) => {
        now += ms;
      },
    };
    const server = await h.server({ now: () => now, presenceOnSubscribe });
    server.addAgent({ token: "a1", accountId: 1, userId: 1 });
    server.addAgent({ token: "a2", accountId: 1, userId: 2 });
    server.addContact({ token: "c5", accountId: 1, contactId: 5 });
    return { server, clock };
  }

  it("answers update_presence with a full snapshot to the caller only", async () => {
    const { server } = await setup();
    const agent1 = await h.client(server);
    const agent2 = await h.client(server);
    const contact = await h.client(server);
    const id1 = agentIdentifier("a1", 1, 1);
    subscribe(agent1, id1);
    subscribe(agent2, agentIdentifier("a2", 1, 2));
    subscribe(contact, contactIdentifier("c5"));
    await settle(server, agent1, agent2, contact);
    updatePresence(contact, contactIdentifier("c5"));
    await settle(server, contact, agent1, agent2);
    expect(presenceFrames(contact)).toEqual([{ account_id: 1, users: {} }]);
    updatePresence(agent1, id1);
    await settle(server, agent1, agent2, contact);
    expect(agent1.messages.at(-1)).toBe(
      `{"identifier":${JSON.stringify(id1)},"message":{"event":"presence.update","data":{"account_id":1,"users":{"1":"online"},"contacts":{"5":"online"}}}}`,
    );
    expect(presenceFrames(agent2)).toEqual([]);
    expect(presenceFrames(contact)).toHaveLength(1);
  });

  it("expires agents after 20 s and contacts after 90 s on the injected clock", async () => {
    const { server, clock } = await setup();
    const agent1 = await h.client(server);
    const agent2 = await h.client(server);
    const contact = await h.client(server);
    const id1 = agentIdentifier("a1", 1, 1);
    const id2 = agentIdentifier("a2", 1, 2);
    subscribe(agent1, id1);
    subscribe(agent2, id2);
    subscribe(contact, contactIdentifier("c5"));
    updatePresence(agent2, id2);
    updatePresence(contact, contactIdentifier("c5"));
    await settle(server, agent2, contact);
    await settle(server, agent1);

    clock.advance(20_000);
    updatePresence(agent1, id1);
    await settle(server, agent1);
    clock.advance(1);
    updatePresence(agent1, id1);
    await settle(server, agent1);
    clock.advance(70_000);
    updatePresence(agent1, id1);
    await settle(server, agent1);

    expect(presenceFrames(agent1)).toEqual([
      { account_id: 1, users: { "1": "online", "2": "online" }, contacts: { "5": "online" } },
      { account_id: 1, users: { "1": "online" }, contacts: { "5": "online" } },
      { account_id: 1, users: { "1": "online" }, contacts: {} },
    ]);
  });

  it("reports availability, and agents with auto-offline disabled as always present", async () => {
    const { server } = await setup();
    server.addAgent({ token: "a3", accountId: 1, userId: 3, availability: "busy" });
    server.addAgent({
      token: "a4",
      accountId: 1,
      userId: 4,
      autoOffline: false,
      availability: "busy",
    });
    server.markOnline({ accountId: 1, userId: 3 });
    server.markOnline({ accountId: 1, contactId: 9 });
    const agent1 = await h.client(server);
    const id1 = agentIdentifier("a1", 1, 1);
    subscribe(agent1, id1);
    updatePresence(agent1, id1);
    await settle(server, agent1);
    expect(presenceFrames(agent1)).toEqual([
      {
        account_id: 1,
        users: { "1": "online", "3": "busy", "4": "busy" },
        contacts: { "9": "online" },
      },
    ]);
  });

  it("sends presence right after the confirm on subscribe, like the platform", async () => {
    const { server } = await setup(true);
    const agent1 = await h.client(server);
    const id1 = agentIdentifier("a1", 1, 1);
    subscribe(agent1, id1);
    await settle(server, agent1);
    expect(agent1.messages.slice(1).map((f) => JSON.parse(f))).toEqual([
      { identifier: id1, type: "confirm_subscription" },
      {
        identifier: id1,
        message: {
          event: "presence.update",
          data: { account_id: 1, users: { "1": "online" }, contacts: {} },
        },
      },
    ]);
  });

  it("ignores update_presence on a silently refused subscription", async () => {
    const { server } = await setup();
    const client = await h.client(server);
    const bad = agentIdentifier("nope", 1, 1);
    subscribe(client, bad);
    updatePresence(client, bad);
    await settle(server, client);
    expect(client.messages).toEqual(['{"type":"welcome"}']);
  });
});
