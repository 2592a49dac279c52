import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { encodeSubscribe, encodeUnsubscribe } from "../src/protocol/commands";
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

const NEW_TOKEN = "tok-second-0002";
const FIVE_MINUTES = 5 * 60_000;

beforeEach(() => {
  vi.useFakeTimers();
  FakeWebSocket.reset();
});

afterEach(() => {
  vi.useRealTimers();
});

describe("silent bad token (no confirm, no reject)", () => {
  it("retries once with unsubscribe+subscribe, then goes unauthorized without a retry storm", async () => {
    const harness = createHarness();
    harness.connection.connect();
    await flush();
    const socket = openAndWelcome();
    const subscribe = encodeSubscribe(identifierFor());
    const unsubscribe = encodeUnsubscribe(identifierFor());
    await flush(4_999);
    expect(socket.sent).toEqual([subscribe]);
    await flush(1);
    expect(socket.sent).toEqual([subscribe, unsubscribe, subscribe]);
    expect(harness.connection.status).toBe("subscribing");
    socket.receive({ type: "ping", message: 1 });
    await flush(4_999);
    expect(harness.connection.status).toBe("subscribing");
    await flush(1);
    expect(harness.connection.status).toBe("unauthorized");
    expect(harness.errors.map((error) => error.code)).toEqual(["unauthorized"]);
    expect(socket.closedByClient).toBeDefined();
    await flush(FIVE_MINUTES);
    expect(FakeWebSocket.instances).toHaveLength(1);
    expect(socket.sent).toHaveLength(3);
    expect(harness.connection.status).toBe("unauthorized");
    expect(vi.getTimerCount()).toBe(0);
  });

  it("connects when the retried subscribe is confirmed", async () => {
    const harness = createHarness({ confirmTimeoutMs: 1_000 });
    harness.connection.connect();
    await flush();
    const socket = openAndWelcome();
    await flush(1_000);
    confirm(socket);
    await flush(FIVE_MINUTES / 10);
    expect(harness.connection.status).not.toBe("unauthorized");
    expect(harness.errors.filter((error) => error.code === "unauthorized")).toEqual([]);
  });
});

describe("explicit refusals", () => {
  it("reject_subscription for our identifier -> unauthorized at once", async () => {
    const harness = createHarness();
    harness.connection.connect();
    await flush();
    const socket = openAndWelcome();
    socket.receive({ identifier: identifierFor(), type: "reject_subscription" });
    expect(harness.connection.status).toBe("unauthorized");
    expect(harness.errors.map((error) => error.code)).toEqual(["unauthorized"]);
    await flush(FIVE_MINUTES);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it("disconnect reason unauthorized, reconnect:false -> unauthorized, no reconnect", async () => {
    const harness = createHarness();
    harness.connection.connect();
    await flush();
    const socket = FakeWebSocket.latest();
    socket.open();
    socket.receive({ type: "disconnect", reason: "unauthorized", reconnect: false });
    socket.drop(1000);
    expect(harness.connection.status).toBe("unauthorized");
    await flush(FIVE_MINUTES);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });
});

describe("setToken", () => {
  it("on a live subscription sends exactly one unsubscribe(old) and one subscribe(new)", async () => {
    const harness = createHarness({ presenceIntervalMs: 0 });
    const socket = await connectAndConfirm(harness);
    socket.sent.length = 0;
    harness.connection.setToken(NEW_TOKEN);
    expect(socket.sent).toEqual([
      encodeUnsubscribe(identifierFor(TOKEN)),
      encodeSubscribe(identifierFor(NEW_TOKEN)),
    ]);
    expect(harness.connection.status).toBe("subscribing");
    // A broadcast for the old subscription still in flight is dropped quietly.
    socket.receive({ identifier: identifierFor(TOKEN), message: "late" });
    confirm(socket, identifierFor(NEW_TOKEN));
    socket.receive({ identifier: identifierFor(NEW_TOKEN), message: "fresh" });
    expect(harness.connection.status).toBe("connected");
    expect(harness.messages).toEqual(["fresh"]);
    expect(harness.errors).toEqual([]);
    expect(socket.sent).toHaveLength(2);
  });

  it("with the same token on a live subscription sends nothing", async () => {
    const harness = createHarness({ presenceIntervalMs: 0 });
    const socket = await connectAndConfirm(harness);
    harness.connection.setToken(TOKEN);
    expect(commandNames(socket)).toEqual(["subscribe"]);
    expect(harness.connection.status).toBe("connected");
  });

  it("before welcome only changes what the welcome subscribes", async () => {
    const harness = createHarness();
    harness.connection.connect();
    await flush();
    harness.connection.setToken(NEW_TOKEN);
    const socket = openAndWelcome();
    expect(socket.sent).toEqual([encodeSubscribe(identifierFor(NEW_TOKEN))]);
  });

  it("before connect() is used by connect()", async () => {
    const harness = createHarness();
    harness.connection.setToken(NEW_TOKEN);
    expect(harness.connection.status).toBe("idle");
    expect(FakeWebSocket.instances).toHaveLength(0);
    await connectAndConfirm(harness);
    expect(FakeWebSocket.latest().sent[0]).toBe(encodeSubscribe(identifierFor(NEW_TOKEN)));
  });

  it("from unauthorized reconnects and subscribes the new token", async () => {
    const harness = createHarness();
    harness.connection.connect();
    await flush();
    openAndWelcome().receive({ identifier: identifierFor(), type: "reject_subscription" });
    harness.connection.setToken(NEW_TOKEN);
    expect(harness.connection.status).toBe("connecting");
    await flush();
    const socket = openAndWelcome();
    expect(socket.sent).toEqual([encodeSubscribe(identifierFor(NEW_TOKEN))]);
    confirm(socket, identifierFor(NEW_TOKEN));
    expect(harness.connection.status).toBe("connected");
  });

  it("rejects an empty token through onError", async () => {
    const harness = createHarness();
    await connectAndConfirm(harness);
    expect(() => harness.connection.setToken("")).not.toThrow();
    expect(harness.errors.map((error) => error.code)).toEqual(["unauthorized"]);
    expect(harness.connection.status).toBe("connected");
  });
});

describe("token provider", () => {
  it("is first called by connect(), and its token is subscribed", async () => {
    const provider = vi.fn(async () => TOKEN);
    const harness = createHarness({ pubsubToken: provider });
    expect(provider).not.toHaveBeenCalled();
    await connectAndConfirm(harness);
    expect(provider).toHaveBeenCalledTimes(1);
    expect(harness.connection.status).toBe("connected");
  });

  it("on unauthorized is asked once more; a new token recovers", async () => {
    const provider = vi.fn<() => Promise<string>>();
    provider.mockResolvedValueOnce(TOKEN).mockResolvedValueOnce(NEW_TOKEN);
    const harness = createHarness({ pubsubToken: provider });
    harness.connection.connect();
    await flush();
    const first = openAndWelcome();
    for (let i = 0; i < 3; i++) {
      await flush(3_000);
      first.receive({ type: "ping", message: i });
    }
    await flush(1_000);
    expect(harness.statuses).toContain("unauthorized");
    await flush(1);
    expect(provider).toHaveBeenCalledTimes(2);
    expect(harness.connection.status).toBe("connecting");
    expect(FakeWebSocket.instances).toHaveLength(2);
    const second = openAndWelcome();
    expect(second.sent).toEqual([encodeSubscribe(identifierFor(NEW_TOKEN))]);
    confirm(second, identifierFor(NEW_TOKEN));
    expect(harness.connection.status).toBe("connected");
    expect(commandNames(first)).toEqual(["subscribe", "unsubscribe", "subscribe"]);
  });

  it("returning the same token leaves it unauthorized, asked only once more", async () => {
    const provider = vi.fn(async () => TOKEN);
    const harness = createHarness({ pubsubToken: provider });
    harness.connection.connect();
    await flush();
    openAndWelcome().receive({ identifier: identifierFor(), type: "reject_subscription" });
    await flush(FIVE_MINUTES);
    expect(provider).toHaveBeenCalledTimes(2);
    expect(harness.connection.status).toBe("unauthorized");
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it("does not loop when the refreshed token is refused too", async () => {
    let n = 0;
    const provider = vi.fn(async () => `tok-generation-${++n}`);
    const harness = createHarness({ pubsubToken: provider });
    harness.connection.connect();
    await flush();
    openAndWelcome().receive({
      identifier: identifierFor("tok-generation-1"),
      type: "reject_subscription",
    });
    await flush();
    openAndWelcome().receive({
      identifier: identifierFor("tok-generation-2"),
      type: "reject_subscription",
    });
    await flush(FIVE_MINUTES);
    expect(provider).toHaveBeenCalledTimes(2);
    expect(FakeWebSocket.instances).toHaveLength(2);
    expect(harness.connection.status).toBe("unauthorized");
  });

  it("that fails is reported (redacted) and nothing is opened", async () => {
    const harness = createHarness({
      pubsubToken: () => Promise.reject(new Error("profile endpoint down")),
    });
    harness.connection.connect();
    await flush();
    expect(harness.connection.status).toBe("unauthorized");
    expect(harness.errors.map((error) => error.message)).toEqual([
      "the pubsubToken provider failed: profile endpoint down",
    ]);
    expect(FakeWebSocket.instances).toHaveLength(0);
  });
});
