import { describe, expect, it } from "vitest";
import { useHarness } from "./helpers/harness";
import { agentIdentifier, contactIdentifier, settle, subscribe } from "./helpers/raw-client";

const AGENT_ID = '{"channel":"RoomChannel","pubsub_token":"agent-tok","account_id":1,"user_id":7}';
const AGENT_ID_JSON = JSON.stringify(AGENT_ID);

describe("subscriptions", () => {
  const h = useHarness();

  async function setup(options: Parameters<typeof h.server>[0] = {}) {
    const server = await h.server({ presenceOnSubscribe: false, ...options });
    server.addAgent({ token: "agent-tok", accountId: 1, userId: 7 });
    server.addContact({ token: "contact-tok", accountId: 1, contactId: 3 });
    const client = await h.client(server);
    return { server, client };
  }

  it("confirms a known agent token with the exact Rails frame", async () => {
    const { server, client } = await setup();
    subscribe(client, AGENT_ID);
    await settle(server, client);
    expect(client.messages).toEqual([
      '{"type":"welcome"}',
      `{"identifier":${AGENT_ID_JSON},"type":"confirm_subscription"}`,
    ]);
    expect(server.subscriptionCount).toBe(1);
    expect(server.subscriptions[0]?.streams).toEqual(["agent-tok", "account_1"]);
  });

  it("confirms a known contact token, streaming only the token", async () => {
    const { server, client } = await setup();
    subscribe(client, contactIdentifier("contact-tok"));
    await settle(server, client);
    expect(client.messages[1]).toBe(
      `{"identifier":${JSON.stringify(contactIdentifier("contact-tok"))},"type":"confirm_subscription"}`,
    );
    expect(server.subscriptions[0]?.streams).toEqual(["contact-tok"]);
  });

  it("sends data frames as {identifier, message} with Rails' HTML escaping", async () => {
    const { server, client } = await setup();
    subscribe(client, AGENT_ID);
    await settle(server, client);
    expect(server.broadcast("agent-tok", "message.created", { id: 1, content: "<b>&" })).toBe(1);
    await settle(server, client);
    expect(client.messages.at(-1)).toBe(
      `{"identifier":${AGENT_ID_JSON},"message":{"event":"message.created","data":{"id":1,"content":"\\u003cb\\u003e\\u0026"}}}`,
    );
  });

  it("echoes an odd identifier verbatim and treats another key order as a second subscription", async () => {
    const { server, client } = await setup();
    const odd =
      '{"user_id":"7", "pubsub_token":"agent-tok","channel":"RoomChannel","account_id":1}';
    subscribe(client, odd);
    subscribe(client, AGENT_ID);
    await settle(server, client);
    expect(client.messages.slice(1)).toEqual([
      `{"identifier":${JSON.stringify(odd)},"type":"confirm_subscription"}`,
      `{"identifier":${AGENT_ID_JSON},"type":"confirm_subscription"}`,
    ]);
    expect(server.broadcast("agent-tok", "x", null)).toBe(1);
    await settle(server, client);
    const data = client.messages.slice(3).map((f) => JSON.parse(f).identifier);
    expect(data).toEqual([odd, AGENT_ID]);
  });

  it("ignores a duplicate subscribe for a live identifier", async () => {
    const { server, client } = await setup();
    subscribe(client, AGENT_ID);
    subscribe(client, AGENT_ID);
    await settle(server, client);
    expect(client.messages.filter((f) => f.includes("confirm_subscription"))).toHaveLength(1);
    expect(server.subscribeCount).toBe(2);
    expect(server.subscriptionCount).toBe(1);
  });

  it("answers nothing when identifier or data are objects instead of JSON strings", async () => {
    const { server, client } = await setup();
    client.send({ command: "subscribe", identifier: JSON.parse(AGENT_ID) });
    subscribe(client, AGENT_ID);
    await settle(server, client);
    client.send({ command: "message", identifier: AGENT_ID, data: { action: "update_presence" } });
    await settle(server, client);
    expect(client.messages).toEqual([
      '{"type":"welcome"}',
      `{"identifier":${AGENT_ID_JSON},"type":"confirm_subscription"}`,
    ]);
    expect(server.commands[0]?.identifier).toEqual(JSON.parse(AGENT_ID));
  });

  it("answers nothing to unknown channels, identifiers, commands and non-JSON, and stays open", async () => {
    const { server, client } = await setup();
    subscribe(client, JSON.stringify({ channel: "ChatChannel", pubsub_token: "agent-tok" }));
    client.send({ command: "message", identifier: AGENT_ID, data: '{"action":"update_presence"}' });
    client.send({ command: "unsubscribe", identifier: AGENT_ID });
    client.send({ command: "frobnicate", identifier: AGENT_ID });
    client.send("not json at all");
    client.send("[1,2]");
    await settle(server, client);
    expect(client.messages).toEqual(['{"type":"welcome"}']);
    subscribe(client, AGENT_ID);
    await settle(server, client);
    expect(client.messages).toHaveLength(2);
    expect(server.openSocketCount).toBe(1);
  });

  it("refuses a bad token silently by default, and the identifier stays registered", async () => {
    const { server, client } = await setup();
    const bad = agentIdentifier("wrong", 1, 7);
    subscribe(client, bad);
    subscribe(client, agentIdentifier("agent-tok", 2, 7)); // account the agent does not belong to
    subscribe(client, agentIdentifier("agent-tok", 1, 8)); // user id that does not match
    subscribe(client, agentIdentifier("contact-tok", 1, 3)); // contact token used as an agent
    await settle(server, client);
    expect(client.messages).toEqual(['{"type":"welcome"}']);
    expect(server.subscriptionCount).toBe(0);
    expect(server.subscriptions.map((s) => s.confirmed)).toEqual([false, false, false, false]);
    server.addAgent({ token: "wrong", accountId: 1, userId: 7 });
    subscribe(client, bad); // a retry on the same socket is a duplicate
    await settle(server, client);
    expect(client.messages).toEqual(['{"type":"welcome"}']);
  });

  it("sends reject_subscription in reject mode and lets the identifier be retried", async () => {
    const { server, client } = await setup({ badTokenMode: "reject" });
    const bad = agentIdentifier("wrong", 1, 7);
    subscribe(client, bad);
    await settle(server, client);
    expect(client.messages[1]).toBe(
      `{"identifier":${JSON.stringify(bad)},"type":"reject_subscription"}`,
    );
    server.addAgent({ token: "wrong", accountId: 1, userId: 7 });
    subscribe(client, bad);
    await settle(server, client);
    expect(client.messages[2]).toBe(
      `{"identifier":${JSON.stringify(bad)},"type":"confirm_subscription"}`,
    );
  });

  it("stops delivering after unsubscribe, without any frame", async () => {
    const { server, client } = await setup();
    subscribe(client, AGENT_ID);
    await settle(server, client);
    client.send({ command: "unsubscribe", identifier: AGENT_ID });
    await settle(server, client);
    expect(server.broadcast("agent-tok", "x", {})).toBe(0);
    await settle(server, client);
    expect(client.messages).toHaveLength(2);
    expect(server.subscriptionCount).toBe(0);
  });

  it("keeps old subscriptions on revoke/rotate but refuses the old token afterwards", async () => {
    const { server, client } = await setup();
    subscribe(client, AGENT_ID);
    await settle(server, client);
    server.rotateToken("agent-tok", "new-tok");
    expect(server.broadcast("agent-tok", "still", {})).toBe(1);
    const other = await h.client(server);
    subscribe(other, AGENT_ID);
    subscribe(other, agentIdentifier("new-tok", 1, 7));
    await settle(server, other);
    expect(other.messages.slice(1)).toEqual([
      `{"identifier":${JSON.stringify(agentIdentifier("new-tok", 1, 7))},"type":"confirm_subscription"}`,
    ]);
    server.revokeToken("new-tok");
    expect(server.broadcast("new-tok", "after-revoke", {})).toBe(1);
  });

  it("records every command with the fields as sent and notifies onCommand", async () => {
    const { server, client } = await setup();
    const seen: string[] = [];
    const off = server.onCommand((c) => seen.push(String(c.command)));
    client.send({ command: "message", identifier: AGENT_ID, data: '{"action":"update_presence"}' });
    await settle(server, client);
    off();
    client.send({ command: "unsubscribe", identifier: AGENT_ID });
    await settle(server, client);
    expect(server.commands[0]).toMatchObject({
      socketId: 1,
      command: "message",
      identifier: AGENT_ID,
      data: '{"action":"update_presence"}',
      action: "update_presence",
    });
    expect(seen).toEqual(["message", expect.stringMatching(/^sync-/)]);
  });
});
