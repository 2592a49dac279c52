import { afterEach, describe, expect, it, vi } from "vitest";
import { useHarness } from "./helpers/harness";
import { settle } from "./helpers/raw-client";

describe("pings", () => {
  const h = useHarness();
  afterEach(() => {
    vi.useRealTimers();
  });

  it("pings every interval with unix seconds", async () => {
    const server = await h.server({ pingIntervalMs: 40 });
    const client = await h.client(server);
    const arrivals: number[] = [];
    client.ws.on("message", (d) => {
      if (d.toString().startsWith('{"type":"ping"')) arrivals.push(performance.now());
    });
    await client.until(() => arrivals.length >= 3);
    const ping = client.frames.find((f) => f.startsWith('{"type":"ping"')) ?? "";
    expect(ping).toMatch(/^\{"type":"ping","message":\d+\}$/);
    expect(Math.abs(JSON.parse(ping).message - Date.now() / 1000)).toBeLessThan(5);
    const gaps = arrivals.slice(1).map((t, i) => t - (arrivals[i] ?? 0));
    for (const gap of gaps) expect(gap).toBeGreaterThan(25);
  });

  it("uses one server-wide timer: a later client gets its first ping at the same tick", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval", "Date"] });
    vi.setSystemTime(1_700_000_000_000);
    const server = await h.server();
    const early = await h.client(server);
    vi.advanceTimersByTime(2000);
    const late = await h.client(server);
    await settle(server, early, late);
    expect(early.pings).toEqual([]);
    vi.advanceTimersByTime(1000); // 3 s after start, 1 s after the late client's welcome
    await settle(server, early, late);
    expect(early.pings).toEqual([{ type: "ping", message: 1_700_000_003 }]);
    expect(late.pings).toEqual([{ type: "ping", message: 1_700_000_003 }]);
    vi.advanceTimersByTime(3000);
    await settle(server, early, late);
    expect(late.pings.map((p) => p.message)).toEqual([1_700_000_003, 1_700_000_006]);
  });

  it("takes the ping time from the injected clock", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const server = await h.server({ now: () => 42_999 });
    const client = await h.client(server);
    vi.advanceTimersByTime(3000);
    await settle(server, client);
    expect(client.pings).toEqual([{ type: "ping", message: 42 }]);
  });
});
