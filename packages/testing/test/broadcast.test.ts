import { describe, expect, it } from "vitest";
import { buildMessage, events } from "../src/index";
import { useHarness } from "./helpers/harness";
import { agentIdentifier, contactIdentifier, settle, subscribe } from "./helpers/raw-client";

describe("broadcast routing", () => {
  const h = useHarness();

  async function setup() {
    const server = await h.server({ presenceOnSubscribe: false });
    server.addAgent({ token: "a1", accountId: 1, userId: 1 });
    server.addAgent({ token: "a2", accountId: 1, userId: 2 });
    server.addAgent({ token: "b1", accountId: 2, userId: 3 });
    server.addContact({ token: "c1", accountId: 1, contactId: 9 });
    const ids = {
      a1: agentIdentifier("a1", 1, 1),
      a2: agentIdentifier("a2", 1, 2),
      b1: agentIdentifier("b1", 2, 3),
      c1: contactIdentifier("c1"),
    };
    const a1 = await h.client(server);
    const a2 = await h.client(server);
    const b1 = await h.client(server);
    const c1 = await h.client(server);
    subscribe(a1, ids.a1);
    subscribe(a2, ids.a2);
    subscribe(b1, ids.b1);
    subscribe(c1, ids.c1);
    const all = [a1, a2, b1, c1] as const;
    await settle(server, ...all);
    await server.waitFor(() => server.subscriptionCount === 4);
    const data = () => all.map((c) => c.messages.slice(2).map((f) => JSON.parse(f)));
    return { server, all, ids, data };
  }

  it("delivers a token broadcast to that token's socket only", async () => {
    const { server, all, ids, data } = await setup();
    const frame = events.messageCreated(buildMessage({ content: "hello" }));
    expect(server.broadcast("a1", frame.event, frame.data)).toBe(1);
    await settle(server, ...all);
    expect(data()).toEqual([[{ identifier: ids.a1, message: frame }], [], [], []]);
  });

  it("delivers an account broadcast to that account's agents, not contacts or other accounts", async () => {
    const { server, all, ids, data } = await setup();
    expect(server.broadcastToAccount(1, "contact.created", { id: 9, account_id: 1 })).toBe(2);
    await settle(server, ...all);
    const message = { event: "contact.created", data: { id: 9, account_id: 1 } };
    expect(data()).toEqual([
      [{ identifier: ids.a1, message }],
      [{ identifier: ids.a2, message }],
      [],
      [],
    ]);
  });

  it("reaches a contact through its token", async () => {
    const { server, all, ids, data } = await setup();
    expect(server.broadcast("c1", "conversation.status_changed", { id: 4 })).toBe(1);
    await settle(server, ...all);
    expect(data()[3]).toEqual([
      { identifier: ids.c1, message: { event: "conversation.status_changed", data: { id: 4 } } },
    ]);
  });

  it("returns 0 for a stream nobody listens to", async () => {
    const { server } = await setup();
    expect(server.broadcast("account_99", "x", {})).toBe(0);
  });

  it("sends raw text to every socket", async () => {
    const { server, all } = await setup();
    server.sendRaw("{broken");
    await settle(server, ...all);
    for (const client of all) expect(client.messages.at(-1)).toBe("{broken");
  });
});
