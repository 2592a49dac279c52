import { afterEach, describe, expect, it, vi } from "vitest";
import { CableServerLogic } from "../src/server/cable-logic";
import { useHarness } from "./helpers/harness";
import { agentIdentifier, openClient, subscribe } from "./helpers/raw-client";

describe("fault injection", () => {
  const h = useHarness();
  afterEach(() => {
    vi.useRealTimers();
  });

  it("disconnectAll sends the disconnect frame, then closes with 1000", async () => {
    const server = await h.server();
    const client = await h.client(server);
    server.disconnectAll({ reason: "unauthorized", reconnect: false });
    expect(await client.closed()).toEqual({ code: 1000, reason: "" });
    expect(client.messages.at(-1)).toBe(
      '{"type":"disconnect","reason":"unauthorized","reconnect":false}',
    );
    await server.waitFor(() => server.openSocketCount === 0);
  });

  it("dropAll cuts sockets without any frame: the client sees 1006", async () => {
    const server = await h.server();
    const client = await h.client(server);
    server.dropAll();
    expect((await client.closed()).code).toBe(1006);
    expect(client.messages).toEqual(['{"type":"welcome"}']);
    await server.waitFor(() => server.openSocketCount === 0);
  });

  it("freeze stalls a socket both ways without losing anything: unfreeze delivers what it held", () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const logic = new CableServerLogic({ presenceOnSubscribe: false, pingIntervalMs: 3000 });
    logic.addAgent({ token: "t", accountId: 1, userId: 1 });
    const sent: string[] = [];
    const connection = logic.accept({
      send: (text) => sent.push(text),
      close() {},
      terminate() {},
    });
    // Each frame by its kind: the control type, or a broadcast's event name.
    const types = () =>
      sent.map((text) => {
        const frame = JSON.parse(text) as { type?: string; message?: { event?: string } };
        return frame.type ?? frame.message?.event;
      });
    try {
      logic.freeze();
      connection.receive(
        JSON.stringify({ command: "subscribe", identifier: agentIdentifier("t", 1, 1) }),
      );
      vi.advanceTimersByTime(9000);
      expect(logic.heldFrameCount).toBe(1);
      expect(logic.subscribeCount).toBe(0);
      expect(types()).toEqual(["welcome"]);

      logic.unfreeze();
      expect(logic.subscribeCount).toBe(1);
      expect(types()).toEqual(["welcome", "confirm_subscription"]);

      logic.freeze();
      expect(logic.broadcastToAccount(1, "late", {})).toBe(1);
      vi.advanceTimersByTime(3000);
      expect(types()).toEqual(["welcome", "confirm_subscription"]);
      logic.unfreeze();
      // What was owed arrives; the pings missed meanwhile are not owed and resume with the timer.
      expect(types()).toEqual(["welcome", "confirm_subscription", "late"]);
      vi.advanceTimersByTime(3000);
      expect(types()).toEqual(["welcome", "confirm_subscription", "late", "ping"]);
    } finally {
      void logic.close();
    }
  });

  it("a socket dropped while frozen gets nothing of what was held for it", async () => {
    const server = await h.server({ presenceOnSubscribe: false });
    server.addAgent({ token: "t", accountId: 1, userId: 1 });
    const client = await h.client(server);
    subscribe(client, agentIdentifier("t", 1, 1));
    await client.until(() => client.messages.some((f) => f.includes("confirm_subscription")));
    server.freeze();
    expect(server.broadcastToAccount(1, "lost", {})).toBe(1);
    server.dropAll();
    expect((await client.closed()).code).toBe(1006);
    server.unfreeze();
    expect(client.messages.filter((f) => f.includes('"lost"'))).toEqual([]);
  });

  it("freeze holds new connections in CONNECTING until unfreeze", async () => {
    const server = await h.server();
    server.freeze();
    const opening = openClient(server.url);
    await server.waitFor(() => server.pendingConnectionCount === 1);
    expect(server.connectionCount).toBe(0);
    server.unfreeze();
    const client = h.track(await opening);
    await client.until(() => client.frames.includes('{"type":"welcome"}'));
    expect(server.pendingConnectionCount).toBe(0);
  });

  it("restart disconnects with server_restart and refuses connections during the downtime", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const server = await h.server();
    const client = await h.client(server);
    let restarted = false;
    const restart = server.restart({ downtimeMs: 5000 }).then(() => {
      restarted = true;
    });
    expect(await client.closed()).toEqual({ code: 1000, reason: "" });
    expect(client.messages.at(-1)).toBe(
      '{"type":"disconnect","reason":"server_restart","reconnect":true}',
    );
    await expect(openClient(server.url)).rejects.toThrow(/503/);
    expect(restarted).toBe(false);
    vi.advanceTimersByTime(5000);
    await restart;
    const again = await h.client(server);
    expect(again.frames[0]).toBe('{"type":"welcome"}');
    expect(server.connectionCount).toBe(2);
  });

  it("restart without downtime resolves at once and accepts reconnects", async () => {
    const server = await h.server();
    const client = await h.client(server);
    await server.restart();
    expect((await client.closed()).code).toBe(1000);
    await h.client(server);
    expect(server.connectionCount).toBe(2);
  });

  it("close() drops sockets, stops the ping timer and the listener", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const server = await h.server();
    const client = await h.client(server);
    expect(vi.getTimerCount()).toBe(1);
    await server.close();
    expect((await client.closed()).code).toBe(1006);
    expect(server.openSocketCount).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    await expect(openClient(server.url)).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe("waitFor", () => {
  const h = useHarness();

  it("rejects after the timeout when the condition never holds", async () => {
    const server = await h.server();
    await expect(server.waitFor(() => server.connectionCount > 0, 30)).rejects.toThrow(/30 ms/);
  });

  it("resolves as soon as server state makes the condition true", async () => {
    const server = await h.server();
    const waiting = server.waitFor(() => server.openSocketCount === 1);
    await h.client(server);
    await expect(waiting).resolves.toBeUndefined();
  });
});
