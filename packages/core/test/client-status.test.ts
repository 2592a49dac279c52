import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ConnectionStatus } from "../src/connection/status";
import type { UniLinkError } from "../src/errors";
import { ClientStatus } from "../src/sync/client-status";
import { connectAndConfirm, createHarness } from "./support/connection-harness";
import { FakeWebSocket } from "./support/fake-websocket";

beforeEach(() => {
  vi.useFakeTimers();
  FakeWebSocket.reset();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("ClientStatus: the connection's status plus the sync layer's resyncing", () => {
  it("markResyncing toggles connected <-> resyncing only", async () => {
    const harness = createHarness();
    const status = new ClientStatus(harness.connection, () => {});
    status.markResyncing(true);
    expect(status.status).toBe("idle");
    await connectAndConfirm(harness);
    status.markResyncing(true);
    expect(status.status).toBe("resyncing");
    status.markResyncing(false);
    expect(status.status).toBe("connected");
  });

  it("a lost socket ends resyncing; listeners see each change once, a throwing one is reported", async () => {
    const harness = createHarness();
    const errors: UniLinkError[] = [];
    const status = new ClientStatus(harness.connection, (error) => errors.push(error));
    const seen: [ConnectionStatus, ConnectionStatus][] = [];
    status.onStatus(() => {
      throw new Error("listener bug");
    });
    status.onStatus((current, previous) => seen.push([current, previous]));
    const socket = await connectAndConfirm(harness);
    status.markResyncing(true);
    status.markResyncing(true);
    socket.drop();
    expect(seen.slice(-3)).toEqual([
      ["connected", "subscribing"],
      ["resyncing", "connected"],
      ["reconnecting", "resyncing"],
    ]);
    expect(status.status).toBe("reconnecting");
    expect(errors.every((error) => error.code === "listener")).toBe(true);
    expect(errors).toHaveLength(seen.length);
  });
});
