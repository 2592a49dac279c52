import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  agentIdentifier,
  CableSocket,
  contactIdentifier,
  notPing,
  type ReceivedFrame,
} from "./support/cable-socket";
import { type ReferenceServer, startReferenceServer } from "./support/reference-server";
import { uniqueToken } from "./support/unique-token";

// Our reading of actioncable-wire.md, checked byte for byte against the real
// Rails 6.1 server (Debian ruby-actioncable) running Chatwoot's RoomChannel.
describe("real Rails ActionCable server (Debian ruby-actioncable 6.1, puma): wire protocol", () => {
  let server: ReferenceServer;
  const sockets: CableSocket[] = [];

  beforeAll(async () => {
    server = await startReferenceServer();
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  });

  async function open(query = ""): Promise<CableSocket> {
    const socket = await CableSocket.open(`${server.urls[0]}${query}`);
    sockets.push(socket);
    await socket.next((frame) => frame.json?.type === "welcome");
    return socket;
  }

  async function agent(accountId = 1, userId = 1) {
    const token = uniqueToken("agent");
    await server.addTokens({ agents: [{ token, account_id: accountId, user_id: userId }] });
    return { token, identifier: agentIdentifier(token, accountId, userId) };
  }

  const about = (identifier: string) => (frame: ReceivedFrame) =>
    frame.json?.identifier === identifier;
  const confirmed = (identifier: string) => (frame: ReceivedFrame) =>
    frame.json?.identifier === identifier && frame.json?.type === "confirm_subscription";

  it('picks actioncable-v1-json and sends exactly {"type":"welcome"} first', async () => {
    const socket = await open();
    expect(socket.ws.protocol).toBe("actioncable-v1-json");
    expect(socket.frames[0]?.text).toBe('{"type":"welcome"}');
  });

  it("pings with unix seconds within 3 s of welcome", async () => {
    const socket = await open();
    const ping = await socket.next((frame) => frame.json?.type === "ping", 4000);
    expect(ping.text).toMatch(/^\{"type":"ping","message":\d+\}$/);
    expect(Math.abs(ping.json.message - Date.now() / 1000)).toBeLessThan(5);
  });

  it("confirms a good agent subscription with the identifier echoed byte for byte", async () => {
    const socket = await open();
    const { identifier } = await agent();
    socket.subscribe(identifier);
    const confirm = await socket.next(about(identifier));
    expect(confirm.text).toBe(
      `{"identifier":${JSON.stringify(identifier)},"type":"confirm_subscription"}`,
    );
  });

  it("delivers a broadcast as {identifier, message: {event, data}} on the token stream", async () => {
    const socket = await open();
    const { token, identifier } = await agent();
    socket.subscribe(identifier);
    await socket.next(confirmed(identifier));
    const data = { id: 7, content: "<b>hi</b> & bye", account_id: 1, private: false };
    await server.broadcast(token, "message.created", data);
    const frame = await socket.next((f) => about(identifier)(f) && f.json?.message !== undefined);
    expect(frame.json).toEqual({ identifier, message: { event: "message.created", data } });
    // ActiveSupport escapes HTML characters inside JSON strings; JSON.parse restores them.
    expect(frame.text).toContain("\\u003cb\\u003ehi\\u003c/b\\u003e \\u0026 bye");
  });

  it("streams account_<id> to agents (contact.* events) but not to contacts", async () => {
    const socket = await open();
    const accountId = 4242;
    const agentToken = uniqueToken("agent");
    const contactToken = uniqueToken("contact");
    await server.addTokens({
      agents: [{ token: agentToken, account_id: accountId, user_id: 3 }],
      contacts: [{ token: contactToken, contact_id: 8, account_id: accountId }],
    });
    const agentId = agentIdentifier(agentToken, accountId, 3);
    const contactId = contactIdentifier(contactToken);
    socket.subscribe(agentId);
    socket.subscribe(contactId);
    await socket.next(confirmed(agentId));
    await socket.next(confirmed(contactId));
    await server.broadcast(`account_${accountId}`, "contact.created", { id: 8 });
    await server.broadcast(contactToken, "message.created", { id: 1 });
    const accountEvent = await socket.next((f) => f.json?.message?.event === "contact.created");
    await socket.next((f) => about(contactId)(f) && f.json?.message !== undefined);
    expect(accountEvent.json.identifier).toBe(agentId);
    expect(socket.matching((f) => f.json?.message?.event === "contact.created")).toHaveLength(1);
  });

  it("answers a bad token with silence: no confirm, no reject, socket stays open", async () => {
    const socket = await open();
    const bad = agentIdentifier(uniqueToken("revoked"), 1, 1);
    const good = await agent();
    socket.subscribe(bad);
    socket.subscribe(good.identifier);
    await socket.next(confirmed(good.identifier));
    socket.subscribe(bad); // the failed subscription stays registered: a retry is ignored too
    const heard = await socket.silenceFor(about(bad), 2000);
    expect(heard).toBeNull();
    expect(socket.matching(about(bad))).toEqual([]);
    expect(socket.matching(confirmed(good.identifier))).toHaveLength(1);
    expect(socket.ws.readyState).toBe(socket.ws.OPEN);
    const health = await server.health();
    const mine = health.connections.flatMap((c) => c.subscriptions);
    expect(mine).toContain(bad);
  });

  it("treats a wrong user id or account for a valid token as a bad token", async () => {
    const socket = await open();
    const { token } = await agent(1, 1);
    const wrongUser = agentIdentifier(token, 1, 2);
    const wrongAccount = agentIdentifier(token, 2, 1);
    socket.subscribe(wrongUser);
    socket.subscribe(wrongAccount);
    const heard = await socket.silenceFor(
      (f) => about(wrongUser)(f) || about(wrongAccount)(f),
      1500,
    );
    expect(heard).toBeNull();
  });

  it("ignores a duplicate subscribe, but another key order is a second subscription", async () => {
    const socket = await open();
    const { token, identifier } = await agent();
    const reordered = JSON.stringify({
      channel: "RoomChannel",
      account_id: 1,
      user_id: 1,
      pubsub_token: token,
    });
    socket.subscribe(identifier);
    await socket.next(confirmed(identifier));
    // Commands are handled on a thread pool, so only a duplicate of an
    // already confirmed identifier is reliably ignored.
    socket.subscribe(identifier);
    socket.subscribe(reordered);
    await socket.next(confirmed(reordered));
    await server.broadcast(token, "conversation.read", { id: 1 });
    const events = await socket.waitForCount((f) => f.json?.message !== undefined, 2);
    expect(events.map((f) => f.json.identifier).sort(), socket.describe()).toEqual(
      [identifier, reordered].sort(),
    );
    expect(socket.matching(confirmed(identifier)), socket.describe()).toHaveLength(1);
  });

  it("answers update_presence only on the caller's token stream, as a full snapshot", async () => {
    const accountId = 777;
    const [a, b] = [uniqueToken("agent-a"), uniqueToken("agent-b")];
    const c = uniqueToken("contact");
    await server.addTokens({
      agents: [
        { token: a, account_id: accountId, user_id: 11 },
        { token: b, account_id: accountId, user_id: 12 },
      ],
      contacts: [{ token: c, contact_id: 55, account_id: accountId }],
    });
    const [socketA, socketB, socketC] = [await open(), await open(), await open()];
    const [idA, idB, idC] = [
      agentIdentifier(a, accountId, 11),
      agentIdentifier(b, accountId, 12),
      contactIdentifier(c),
    ];
    socketA.subscribe(idA);
    socketB.subscribe(idB);
    socketC.subscribe(idC);
    await Promise.all([
      socketA.next(confirmed(idA)),
      socketB.next(confirmed(idB)),
      socketC.next(confirmed(idC)),
    ]);
    const isPresence = (f: ReceivedFrame) => f.json?.message?.event === "presence.update";

    socketA.perform(idA, "update_presence");
    const answer = await socketA.next(isPresence);
    expect(answer.json).toEqual({
      identifier: idA,
      message: {
        event: "presence.update",
        data: {
          account_id: accountId,
          users: { "11": "online", "12": "online" },
          contacts: { "55": "online" },
        },
      },
    });

    // B pings after A's answer went out: B's first presence frame must be its own.
    socketB.perform(idB, "update_presence");
    await socketB.next(isPresence);
    socketC.perform(idC, "update_presence");
    const contactAnswer = await socketC.next(isPresence);
    expect(contactAnswer.json.message.data).toEqual({
      account_id: accountId,
      users: { "11": "online", "12": "online" },
    });
    expect(socketB.matching(isPresence)).toHaveLength(1);
    expect(socketA.matching(isPresence)).toHaveLength(1);
  });

  it("keeps the socket open after an unknown channel, non-JSON text or object identifier", async () => {
    const socket = await open();
    socket.subscribe(JSON.stringify({ channel: "NoSuchChannel" }));
    socket.send("this is not json");
    socket.send({
      command: "subscribe",
      identifier: { channel: "RoomChannel", pubsub_token: "x" },
    });
    socket.send({ command: "fly" });
    const { identifier } = await agent();
    socket.subscribe(identifier);
    await socket.next(confirmed(identifier));
    expect(socket.matching(notPing).map((f) => f.json?.type)).toEqual([
      "welcome",
      "confirm_subscription",
    ]);
  });

  it("sends disconnect/server_restart/reconnect:true then closes 1000 on ActionCable restart", async () => {
    const socket = await open();
    await server.restartActionCable();
    const { code } = await socket.closed;
    expect(code).toBe(1000);
    expect(socket.matching(notPing).at(-1)?.text).toBe(
      '{"type":"disconnect","reason":"server_restart","reconnect":true}',
    );
  });

  it("closes 1000 without any disconnect frame on a 6.1 remote disconnect", async () => {
    const socket = await open("?cid=remote-me");
    await server.disconnect({ connection_id: "remote-me" });
    const { code } = await socket.closed;
    expect(code).toBe(1000);
    expect(socket.matching((f) => f.json?.type === "disconnect")).toEqual([]);
  });
});
