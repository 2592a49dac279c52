import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { toCableUrl } from "../src/connection/cable-url";
import { Connection } from "../src/connection/connection";
import { encodeSubscribe } from "../src/protocol/commands";
import {
  commandNames,
  confirm,
  connectAndConfirm,
  createHarness,
  flush,
  identifierFor,
  openAndWelcome,
  TOKEN,
} from "./support/connection-harness";
import { FakeWebSocket } from "./support/fake-websocket";

beforeEach(() => {
  vi.useFakeTimers();
  FakeWebSocket.reset();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("toCableUrl", () => {
  it.each([
    ["https://chat.example.com", "wss://chat.example.com/cable"],
    ["http://localhost:3000/", "ws://localhost:3000/cable"],
    ["HTTPS://chat.example.com/cable", "wss://chat.example.com/cable"],
    ["wss://chat.example.com/custom/cable?x=1", "wss://chat.example.com/custom/cable?x=1"],
    ["ws://h:1?x=1", "ws://h:1/cable?x=1"],
  ])("%s -> %s", (input, output) => {
    expect(toCableUrl(input)).toBe(output);
  });

  it("resolves a path against the page origin when there is one", () => {
    expect(toCableUrl("/cable")).toBe("/cable");
    vi.stubGlobal("location", { protocol: "https:", host: "app.example.com" });
    expect(toCableUrl("/cable")).toBe("wss://app.example.com/cable");
  });
});

describe("Connection status machine", () => {
  it("goes idle -> connecting -> subscribing -> connected, subscribing with the exact identifier", async () => {
    const harness = createHarness();
    expect(harness.connection.status).toBe("idle");
    harness.connection.connect();
    expect(harness.connection.status).toBe("connecting");
    await flush();
    const socket = FakeWebSocket.latest();
    expect(socket.url).toBe("wss://chat.example.com/cable");
    expect(socket.protocols).toEqual(["actioncable-v1-json", "actioncable-unsupported"]);
    socket.open();
    expect(harness.connection.status).toBe("connecting");
    socket.receive({ type: "welcome" });
    expect(harness.connection.status).toBe("subscribing");
    expect(socket.sent).toEqual([encodeSubscribe(identifierFor())]);
    confirm(socket);
    expect(harness.statuses).toEqual(["connecting", "subscribing", "connected"]);
  });

  it("connect() is idempotent: one socket, statuses emitted only on change", async () => {
    const harness = createHarness();
    harness.connection.connect();
    harness.connection.connect();
    await flush();
    harness.connection.connect();
    const socket = openAndWelcome();
    confirm(socket);
    confirm(socket);
    harness.connection.connect();
    await flush(1_000);
    expect(FakeWebSocket.instances).toHaveLength(1);
    expect(harness.statuses).toEqual(["connecting", "subscribing", "connected"]);
  });

  it("delivers data frames for its identifier and never pings", async () => {
    const harness = createHarness();
    const seen: unknown[] = [];
    harness.connection.onMessage((message) => seen.push(message));
    const socket = await connectAndConfirm(harness);
    socket.receive({ type: "ping", message: 1 });
    socket.receive({
      identifier: identifierFor(),
      message: { event: "message.created", data: {} },
    });
    expect(harness.messages).toEqual([{ event: "message.created", data: {} }]);
    expect(seen).toEqual(harness.messages);
  });

  it("routes by exact identifier text: a re-ordered identifier is foreign", async () => {
    const harness = createHarness();
    const socket = await connectAndConfirm(harness);
    const reordered = JSON.stringify({
      pubsub_token: TOKEN,
      channel: "RoomChannel",
      account_id: 1,
      user_id: 7,
    });
    socket.receive({ identifier: reordered, message: { event: "x" } });
    socket.receive({ identifier: reordered, type: "confirm_subscription" });
    socket.receive({ identifier: reordered, type: "reject_subscription" });
    expect(harness.messages).toEqual([]);
    expect(harness.errors.map((error) => error.code)).toEqual([
      "identifier",
      "identifier",
      "identifier",
    ]);
    expect(harness.connection.status).toBe("connected");
  });

  it("reports malformed frames as protocol errors and keeps going", async () => {
    const harness = createHarness();
    const socket = await connectAndConfirm(harness);
    socket.receive("not json");
    socket.receive({ type: "mystery" });
    socket.receiveRaw(new ArrayBuffer(4));
    socket.receive({ identifier: identifierFor(), message: 42 });
    expect(harness.errors.map((error) => error.code)).toEqual(["protocol", "protocol", "protocol"]);
    expect(harness.messages).toEqual([42]);
    expect(harness.connection.status).toBe("connected");
  });

  it("survives throwing listeners and a throwing onError", async () => {
    const errors: string[] = [];
    const harness = createHarness({
      onError: (error) => {
        errors.push(error.code);
        throw new Error("onError is broken too");
      },
    });
    harness.connection.onStatus(() => {
      throw new Error("status listener bug");
    });
    harness.connection.onMessage(() => {
      throw new Error("message listener bug");
    });
    const socket = await connectAndConfirm(harness);
    socket.receive({ identifier: identifierFor(), message: 1 });
    socket.receive("garbage");
    expect(harness.connection.status).toBe("connected");
    expect(harness.messages).toEqual([1]);
    expect(errors).toEqual(["listener", "listener", "listener", "listener", "protocol"]);
  });

  it("stops on a foreign subprotocol and never reconnects", async () => {
    const harness = createHarness();
    harness.connection.connect();
    await flush();
    FakeWebSocket.latest().open("actioncable-unsupported");
    expect(harness.connection.status).toBe("disconnected");
    expect(harness.errors.map((error) => error.code)).toEqual(["subprotocol"]);
    await flush(300_000);
    expect(FakeWebSocket.instances).toHaveLength(1);
    expect(FakeWebSocket.latest().closedByClient).toBeDefined();
  });

  it("accepts a server that picks no subprotocol", async () => {
    const harness = createHarness();
    harness.connection.connect();
    await flush();
    const socket = FakeWebSocket.latest();
    socket.open("");
    socket.receive({ type: "welcome" });
    confirm(socket);
    expect(harness.connection.status).toBe("connected");
  });

  it("reconnects after a loss and resubscribes on the new socket's welcome", async () => {
    const harness = createHarness();
    const first = await connectAndConfirm(harness);
    first.drop(1006);
    expect(harness.connection.status).toBe("reconnecting");
    expect(harness.errors.map((error) => error.code)).toEqual(["transport"]);
    // Default backoff: 1000 ms ±50%, so the next socket comes within 1.5 s.
    await flush(1_500);
    expect(FakeWebSocket.instances).toHaveLength(2);
    expect(harness.connection.status).toBe("connecting");
    const second = openAndWelcome();
    expect(second.sent).toEqual([encodeSubscribe(identifierFor())]);
    confirm(second);
    expect(harness.statuses).toEqual([
      "connecting",
      "subscribing",
      "connected",
      "reconnecting",
      "connecting",
      "subscribing",
      "connected",
    ]);
  });

  it("disconnect() closes without reconnecting; connect() reopens", async () => {
    const harness = createHarness();
    const first = await connectAndConfirm(harness);
    harness.connection.disconnect();
    expect(harness.connection.status).toBe("disconnected");
    expect(first.closedByClient).toBeDefined();
    await flush(300_000);
    expect(FakeWebSocket.instances).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
    harness.connection.connect();
    await flush();
    const second = openAndWelcome();
    confirm(second);
    expect(FakeWebSocket.instances).toHaveLength(2);
    expect(harness.connection.status).toBe("connected");
  });

  it("disconnect() during a backoff wait cancels the pending attempt", async () => {
    const harness = createHarness();
    const socket = await connectAndConfirm(harness);
    socket.drop();
    await flush();
    harness.connection.disconnect();
    expect(vi.getTimerCount()).toBe(0);
    await flush(300_000);
    expect(FakeWebSocket.instances).toHaveLength(1);
    harness.connection.connect();
    await flush();
    expect(FakeWebSocket.instances).toHaveLength(2);
  });

  it("perform() sends a message command only while subscribed", async () => {
    const harness = createHarness({ presenceIntervalMs: 0 });
    harness.connection.connect();
    await flush();
    const socket = openAndWelcome();
    harness.connection.perform("typing", { on: true });
    confirm(socket);
    harness.connection.perform("typing", { on: true });
    harness.connection.perform("bad", { big: 1n });
    expect(socket.commands().at(-1)).toEqual({
      command: "message",
      identifier: identifierFor(),
      data: '{"action":"typing","on":true}',
    });
    expect(commandNames(socket)).toEqual(["subscribe", "message:typing"]);
    expect(harness.errors.map((error) => error.code)).toEqual(["protocol"]);
  });

  it("reports a missing WebSocket implementation instead of throwing", () => {
    const errors: string[] = [];
    const connection = new Connection({
      url: "wss://x/cable",
      pubsubToken: TOKEN,
      onError: (error) => errors.push(error.code),
    });
    expect(() => connection.connect()).not.toThrow();
    expect(connection.status).toBe("disconnected");
    expect(errors).toEqual(["transport"]);
  });

  it("reports a WebSocket constructor that throws and stops", async () => {
    const Broken = class {
      static CLOSING = 2;
      constructor() {
        throw new SyntaxError("bad url");
      }
    };
    const harness = createHarness({ WebSocket: Broken as never });
    harness.connection.connect();
    await flush();
    expect(harness.connection.status).toBe("disconnected");
    expect(harness.errors.map((error) => error.message)).toEqual([
      "Cannot create a WebSocket: bad url",
    ]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("never puts the token in an error", async () => {
    const harness = createHarness();
    const socket = await connectAndConfirm(harness);
    socket.receive({ identifier: identifierFor(), type: "bogus" });
    socket.receive({ identifier: identifierFor().replace("7", "8"), message: 1 });
    expect(harness.errors).toHaveLength(2);
    for (const error of harness.errors) {
      expect(`${error.message} ${JSON.stringify(error.details)}`).not.toContain(TOKEN);
    }
  });
});

describe("Connection.destroy", () => {
  it("leaves no timers and no window/document listeners, from any state", async () => {
    const { installBrowserGlobals } = await import("./support/browser-globals");
    const globals = installBrowserGlobals();
    const harness = createHarness();
    const socket = await connectAndConfirm(harness);
    expect(globals.window.listenerCount).toBeGreaterThan(0);
    expect(globals.document.listenerCount).toBeGreaterThan(0);
    harness.connection.destroy();
    expect(harness.connection.status).toBe("disconnected");
    expect(socket.closedByClient).toBeDefined();
    expect(vi.getTimerCount()).toBe(0);
    expect(globals.window.listenerCount).toBe(0);
    expect(globals.document.listenerCount).toBe(0);
    harness.connection.connect();
    harness.connection.setToken("tok-other-0002");
    await flush(60_000);
    expect(FakeWebSocket.instances).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("leaves no timers when destroyed while reconnecting or subscribing", async () => {
    const reconnecting = createHarness();
    const socket = await connectAndConfirm(reconnecting);
    socket.drop();
    await flush();
    reconnecting.connection.destroy();
    expect(vi.getTimerCount()).toBe(0);

    const subscribing = createHarness();
    subscribing.connection.connect();
    await flush();
    openAndWelcome();
    subscribing.connection.destroy();
    expect(vi.getTimerCount()).toBe(0);
    await flush(300_000);
    expect(FakeWebSocket.instances).toHaveLength(2);
  });
});
