import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { agentIdentifier, CableSocket, type ReceivedFrame } from "./support/cable-socket";
import { type ReferenceServer, startReferenceServer } from "./support/reference-server";
import { uniqueToken } from "./support/unique-token";

// The reference server itself with the Redis adapter: what the client suite
// relies on when it spreads sockets over two processes.
describe("real Rails ActionCable server (two puma processes, Redis adapter): wire protocol", () => {
  let server: ReferenceServer;
  const sockets: CableSocket[] = [];

  beforeAll(async () => {
    server = await startReferenceServer({ redis: true, processes: 2 });
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(async () => {
    await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  });

  async function subscribed(processIndex: number, identifier: string, query = "") {
    const socket = await CableSocket.open(`${server.urls[processIndex]}${query}`);
    sockets.push(socket);
    socket.subscribe(identifier);
    await socket.next(
      (f) => f.json?.identifier === identifier && f.json?.type === "confirm_subscription",
    );
    return socket;
  }

  const presence = (f: ReceivedFrame) => f.json?.message?.event === "presence.update";

  it("shares tokens and presence between processes and fans broadcasts out", async () => {
    const [a, b] = [uniqueToken("agent-a"), uniqueToken("agent-b")];
    // Tokens are posted to process 1 only: process 2 must see them through Redis.
    await fetch(`${server.httpUrls[0]}/__test/tokens`, {
      method: "POST",
      body: JSON.stringify({
        agents: [
          { token: a, account_id: 9, user_id: 21 },
          { token: b, account_id: 9, user_id: 22 },
        ],
      }),
    });
    const idA = agentIdentifier(a, 9, 21);
    const idB = agentIdentifier(b, 9, 22);
    const socketA = await subscribed(0, idA);
    const socketB = await subscribed(1, idB);

    socketB.perform(idB, "update_presence");
    const answer = await socketB.next(presence);
    expect(answer.json.message.data.users).toEqual({ "21": "online", "22": "online" });

    await server.broadcast("account_9", "contact.updated", { id: 3, account_id: 9 }, 0);
    await socketB.next((f) => f.json?.message?.event === "contact.updated");
    await socketA.next((f) => f.json?.message?.event === "contact.updated");
    expect(socketA.matching(presence)).toEqual([]);
  });

  it("remote-disconnects a socket of the other process by connection id", async () => {
    const token = uniqueToken("agent");
    await server.addTokens({ agents: [{ token, account_id: 1, user_id: 1 }] });
    const socket = await subscribed(1, agentIdentifier(token, 1, 1), "?cid=cross-process");
    await server.disconnect({ connection_id: "cross-process" }, 0);
    expect((await socket.closed).code).toBe(1000);
  });
});
