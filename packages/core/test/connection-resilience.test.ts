import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { installBrowserGlobals } from "./support/browser-globals";
import {
  commandNames,
  confirm,
  connectAndConfirm,
  createHarness,
  flush,
  openAndWelcome,
} from "./support/connection-harness";
import { FakeWebSocket } from "./support/fake-websocket";

beforeEach(() => {
  vi.useFakeTimers();
  FakeWebSocket.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Milliseconds from now until the client creates its next socket. */
async function nextSocketDelay(): Promise<number> {
  const start = Date.now();
  const before = FakeWebSocket.instances.length;
  await flush(); // runs reconnecting-websocket's zero-delay timer at `start`
  for (let elapsed = 0; elapsed <= 120_000; elapsed += 250) {
    if (FakeWebSocket.instances.length > before) return FakeWebSocket.latest().createdAt - start;
    await flush(250);
  }
  throw new Error("no new socket within 2 minutes");
}

function presenceCount(socket: FakeWebSocket): number {
  return commandNames(socket).filter((name) => name === "message:update_presence").length;
}

/** Advances `ms` while the server pings every 3 s, as Rails does. */
async function withPings(socket: FakeWebSocket, ms: number): Promise<void> {
  for (let elapsed = 0; elapsed < ms; elapsed += 3_000) {
    await flush(Math.min(3_000, ms - elapsed));
    socket.receive({ type: "ping", message: Date.now() / 1000 });
  }
}

describe("liveness", () => {
  it("stays connected while pings arrive", async () => {
    const harness = createHarness();
    const socket = await connectAndConfirm(harness);
    await withPings(socket, 120_000);
    expect(harness.connection.status).toBe("connected");
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it("counts any frame as a sign of life, not only pings", async () => {
    const harness = createHarness();
    const socket = await connectAndConfirm(harness);
    for (let i = 0; i < 20; i++) {
      await flush(3_000);
      socket.receive({ identifier: JSON.parse(socket.sent[0] ?? "{}").identifier, message: i });
    }
    expect(harness.connection.status).toBe("connected");
    expect(harness.messages).toHaveLength(20);
  });

  it("reconnects after two missed pings (half-open socket), paced like any loss, and resubscribes", async () => {
    const random = vi.spyOn(Math, "random").mockReturnValue(0);
    const harness = createHarness();
    const first = await connectAndConfirm(harness);
    await withPings(first, 3_000); // last frame at t=3000
    await flush(6_000); // t=9000: exactly two ping periods of silence
    expect(harness.connection.status).toBe("connected");
    await flush(1); // t=9001: the stale window has passed; detection is exact, not polled
    expect(harness.connection.status).toBe("reconnecting");
    expect(first.closedByClient).toBeDefined();
    expect(harness.errors.map((error) => error.code)).toEqual(["transport"]);
    // Every client of a hung server goes stale at the same ping: the first attempt is jittered
    // within minMs * (1 ± jitter), here its lower bound (+1 ms: a zero-delay timer set in a timer).
    expect(await nextSocketDelay()).toBe(501);
    random.mockRestore();
    expect(harness.connection.status).toBe("connecting");
    expect(FakeWebSocket.instances).toHaveLength(2);
    const second = openAndWelcome();
    expect(commandNames(second)).toEqual(["subscribe"]);
    confirm(second);
    expect(harness.statuses.slice(-4)).toEqual([
      "reconnecting",
      "connecting",
      "subscribing",
      "connected",
    ]);
  });

  it("abandons a socket stuck in CONNECTING after connectTimeoutMs", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const harness = createHarness({ connectTimeoutMs: 2_000 });
    harness.connection.connect();
    await flush(1_999);
    expect(harness.connection.status).toBe("connecting");
    await flush(1);
    expect(FakeWebSocket.latest().closedByClient).toBeDefined();
    expect(harness.connection.status).toBe("reconnecting");
    // +1 ms: fake timers delay a zero-delay timer set inside a timer callback.
    expect(await nextSocketDelay()).toBe(1_001);
    expect(harness.connection.status).toBe("connecting");
    confirm(openAndWelcome());
    expect(harness.connection.status).toBe("connected");
  });
});

describe("backoff", () => {
  const backoff = { minMs: 1_000, maxMs: 8_000, factor: 2, jitter: 0.5 };

  async function delaysAfterFailures(count: number): Promise<number[]> {
    const delays: number[] = [];
    for (let i = 0; i < count; i++) {
      FakeWebSocket.latest().drop();
      delays.push(await nextSocketDelay());
    }
    return delays;
  }

  it("grows exponentially, is jittered by Math.random and capped at maxMs", async () => {
    const random = vi.spyOn(Math, "random").mockReturnValue(0.75); // +25%
    const harness = createHarness({ backoff });
    harness.connection.connect();
    expect(await nextSocketDelay()).toBe(0); // the first attempt does not wait
    expect(await delaysAfterFailures(5)).toEqual([1_250, 2_500, 5_000, 8_000, 8_000]);
    random.mockReturnValue(0.25); // -25%
    expect(await delaysAfterFailures(2)).toEqual([6_000, 6_000]);
    random.mockReturnValue(0);
    expect(await delaysAfterFailures(1)).toEqual([4_000]);
  });

  it("starts over after a confirmed subscription", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const harness = createHarness({ backoff });
    harness.connection.connect();
    await nextSocketDelay();
    expect(await delaysAfterFailures(3)).toEqual([1_000, 2_000, 4_000]);
    confirm(openAndWelcome());
    expect(await delaysAfterFailures(1)).toEqual([1_000]);
  });

  it("does not reset on a socket that opens but never confirms", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const harness = createHarness({ backoff });
    harness.connection.connect();
    await nextSocketDelay();
    expect(await delaysAfterFailures(2)).toEqual([1_000, 2_000]);
    openAndWelcome();
    expect(await delaysAfterFailures(1)).toEqual([4_000]);
  });
});

describe("wake-ups (browser globals)", () => {
  it("pings presence when a healthy page becomes visible or focused", async () => {
    const { window, document } = installBrowserGlobals();
    const harness = createHarness();
    const socket = await connectAndConfirm(harness);
    expect(presenceCount(socket)).toBe(1);
    document.setVisibility("hidden");
    expect(presenceCount(socket)).toBe(1);
    document.setVisibility("visible");
    window.dispatchEvent(new Event("focus"));
    window.dispatchEvent(new Event("online"));
    expect(presenceCount(socket)).toBe(4);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });

  it("skips the backoff wait when the network comes back", async () => {
    const { window } = installBrowserGlobals();
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const harness = createHarness({ backoff: { minMs: 20_000 } });
    const socket = await connectAndConfirm(harness);
    socket.drop();
    await flush(100);
    expect(FakeWebSocket.instances).toHaveLength(1);
    window.dispatchEvent(new Event("online"));
    await flush();
    expect(FakeWebSocket.instances).toHaveLength(2);
    expect(harness.connection.status).toBe("connecting");
  });

  it("reconnects at once when the page wakes up on a socket that went silent (laptop sleep)", async () => {
    const { document } = installBrowserGlobals();
    const harness = createHarness();
    const first = await connectAndConfirm(harness);
    // Sleep: the clock jumps, no timer has run.
    vi.setSystemTime(Date.now() + 10 * 60_000);
    document.setVisibility("visible");
    expect(first.closedByClient).toBeDefined();
    await flush();
    expect(FakeWebSocket.instances).toHaveLength(2);
    confirm(openAndWelcome());
    expect(harness.connection.status).toBe("connected");
  });

  it("adds no listeners before connect() and removes them on disconnect()", async () => {
    const { window, document } = installBrowserGlobals();
    const harness = createHarness();
    expect(window.listenerCount + document.listenerCount).toBe(0);
    await connectAndConfirm(harness);
    harness.connection.disconnect();
    expect(window.listenerCount + document.listenerCount).toBe(0);
    window.dispatchEvent(new Event("online"));
    await flush(60_000);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });
});

describe("presence heartbeat", () => {
  it("sends update_presence right after confirm, then at the first ping due before the 20 s window", async () => {
    const harness = createHarness();
    harness.connection.connect();
    await flush();
    const socket = openAndWelcome();
    expect(presenceCount(socket)).toBe(0);
    confirm(socket);
    expect(presenceCount(socket)).toBe(1);
    // Pings every 3 s: the one at 18 s is the first at least 20 - 3 s after the beat.
    await withPings(socket, 15_000);
    expect(presenceCount(socket)).toBe(1);
    await withPings(socket, 3_000);
    expect(presenceCount(socket)).toBe(2);
    await withPings(socket, 36_000);
    expect(presenceCount(socket)).toBe(4);
    harness.connection.updatePresence();
    expect(presenceCount(socket)).toBe(5);
    // A manual beat restarts the count: the next one is 18 s after it, not after the last periodic one.
    await withPings(socket, 15_000);
    expect(presenceCount(socket)).toBe(5);
    await withPings(socket, 3_000);
    expect(presenceCount(socket)).toBe(6);
  });

  it("beats every presenceIntervalMs by its timer when the server sends no pings", async () => {
    const harness = createHarness();
    const socket = await connectAndConfirm(harness);
    for (let t = 0; t < 5; t++) {
      await flush(3_000);
      socket.receive({ identifier: JSON.parse(socket.sent[0] ?? "{}").identifier, message: t });
    }
    await flush(4_999); // t = 19 999 ms, other frames kept the socket alive
    expect(presenceCount(socket)).toBe(1);
    await flush(1);
    expect(presenceCount(socket)).toBe(2);
  });

  it("keeps the 20 s window when the page's timers do not fire at all: pings send the due beats", async () => {
    const harness = createHarness();
    const socket = await connectAndConfirm(harness);
    const beats: number[] = [];
    const start = Date.now();
    for (let elapsed = 0; elapsed < 180_000; elapsed += 3_000) {
      // A throttled hidden page: the clock moves, no timer fires; pings are network events.
      vi.setSystemTime(Date.now() + 3_000);
      const before = presenceCount(socket);
      socket.receive({ type: "ping", message: Date.now() / 1000 });
      if (presenceCount(socket) > before) beats.push(Date.now() - start);
    }
    const gaps = beats.slice(1).map((at, i) => at - (beats[i] as number));
    expect(beats[0]).toBe(18_000);
    expect(Math.max(...gaps)).toBe(18_000);
    expect(beats).toHaveLength(10);
  });

  it("keeps a second of slack in the 20 s window whatever the pings' phase, with timers stopped", async () => {
    // The beat after connect is not aligned with the server's pings: with pings
    // landing just after the due time, the next one would come only at the window's edge.
    for (let phase = 100; phase < 3_000; phase += 100) {
      FakeWebSocket.reset();
      const harness = createHarness();
      const socket = await connectAndConfirm(harness);
      const start = Date.now();
      vi.setSystemTime(start + phase);
      let beatAt: number | undefined;
      for (let at = start + phase; beatAt === undefined && at - start <= 20_000; at += 3_000) {
        vi.setSystemTime(at);
        socket.receive({ type: "ping", message: at / 1000 });
        if (presenceCount(socket) === 2) beatAt = at - start;
      }
      expect(beatAt, `pings at ${phase} ms + 3 s steps`).toBeLessThanOrEqual(19_000);
      harness.connection.destroy();
    }
  });

  it("stops while reconnecting and after disconnect(); 0 turns it off", async () => {
    const harness = createHarness({ presenceIntervalMs: 5_000 });
    const first = await connectAndConfirm(harness);
    first.drop();
    await nextSocketDelay();
    expect(presenceCount(first)).toBe(1);
    const second = openAndWelcome();
    confirm(second);
    expect(presenceCount(second)).toBe(1);
    harness.connection.disconnect();
    await flush(60_000);
    expect(presenceCount(second)).toBe(1);

    const off = createHarness({ presenceIntervalMs: 0 });
    const socket = await connectAndConfirm(off);
    await withPings(socket, 60_000);
    expect(presenceCount(socket)).toBe(0);
  });
});

describe("disconnect frames", () => {
  it("reconnect:false stops for good with status disconnected", async () => {
    const harness = createHarness();
    const socket = await connectAndConfirm(harness);
    socket.receive({ type: "disconnect", reason: "invalid_request", reconnect: false });
    expect(harness.connection.status).toBe("disconnected");
    expect(socket.closedByClient).toBeDefined();
    await flush(300_000);
    expect(FakeWebSocket.instances).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("reconnect:true reconnects (jittered) and resubscribes", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const harness = createHarness();
    const first = await connectAndConfirm(harness);
    first.receive({ type: "disconnect", reason: "server_restart", reconnect: true });
    expect(harness.connection.status).toBe("reconnecting");
    expect(first.closedByClient).toBeDefined();
    expect(harness.errors).toEqual([]);
    expect(await nextSocketDelay()).toBe(1_000);
    const second = openAndWelcome();
    confirm(second);
    expect(commandNames(second)).toEqual(["subscribe", "message:update_presence"]);
    expect(harness.connection.status).toBe("connected");
  });
});
