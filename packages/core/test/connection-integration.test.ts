import { afterEach, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import { Connection } from "../src/connection/connection";
import type { ConnectionOptions, WebSocketConstructor } from "../src/connection/options";
import type { UniLinkError } from "../src/errors";
import { buildIdentifier } from "../src/protocol/identifier";
import {
  type CableServer,
  type CableServerOptions,
  startCableServer,
} from "./support/cable-server";
import { type SilentTcpServer, startSilentTcpServer } from "./support/silent-tcp-server";

const GOOD = "tok-good-integration";
const BAD = "tok-bad-integration";
const identifier = (token: string) =>
  buildIdentifier({ pubsubToken: token, accountId: 3, userId: 9 });

let server: CableServer | undefined;
let silent: SilentTcpServer | undefined;
let connection: Connection | undefined;

afterEach(async () => {
  connection?.destroy();
  connection = undefined;
  await server?.close();
  server = undefined;
  await silent?.close();
  silent = undefined;
});

async function setup(
  serverOptions: CableServerOptions,
  options: Partial<ConnectionOptions> = {},
): Promise<{
  connection: Connection;
  server: CableServer;
  errors: UniLinkError[];
  messages: unknown[];
}> {
  server = await startCableServer({ pingIntervalMs: 100, ...serverOptions });
  const errors: UniLinkError[] = [];
  const messages: unknown[] = [];
  connection = new Connection({
    url: server.url,
    pubsubToken: GOOD,
    accountId: 3,
    userId: 9,
    WebSocket: WebSocket as unknown as WebSocketConstructor,
    pingIntervalMs: 100,
    staleAfterPings: 2,
    confirmTimeoutMs: 200,
    connectTimeoutMs: 1_000,
    backoff: { minMs: 50, maxMs: 200 },
    presenceIntervalMs: 0,
    onError: (error) => errors.push(error),
    onMessage: (message) => messages.push(message),
    ...options,
  });
  return { connection, server, errors, messages };
}

describe("Connection against a real ws server on loopback", () => {
  it("connects, is confirmed and receives a broadcast", async () => {
    const ctx = await setup({});
    ctx.connection.connect();
    await vi.waitFor(() => expect(ctx.connection.status).toBe("connected"), { timeout: 3_000 });
    ctx.server.broadcast(identifier(GOOD), { event: "message.created", data: { id: 1 } });
    await vi.waitFor(() => expect(ctx.messages).toHaveLength(1), { timeout: 3_000 });
    expect(ctx.messages[0]).toEqual({ event: "message.created", data: { id: 1 } });
    expect(ctx.server.commands[0]).toEqual({ command: "subscribe", identifier: identifier(GOOD) });
  });

  it("notices a frozen (half-open) server, reconnects and resubscribes", async () => {
    const ctx = await setup({});
    ctx.connection.connect();
    await vi.waitFor(() => expect(ctx.connection.status).toBe("connected"), { timeout: 3_000 });
    const statuses: string[] = [];
    ctx.connection.onStatus((status) => statuses.push(status));
    ctx.server.freeze();
    await vi.waitFor(
      () => {
        expect(ctx.server.connectionCount).toBe(2);
        expect(ctx.connection.status).toBe("connected");
      },
      { timeout: 3_000 },
    );
    expect(statuses).toEqual(["reconnecting", "connecting", "subscribing", "connected"]);
    const subscribes = ctx.server.commands.filter((command) => command.command === "subscribe");
    expect(subscribes).toHaveLength(2);
    ctx.server.broadcast(identifier(GOOD), "after-freeze");
    await vi.waitFor(() => expect(ctx.messages).toContain("after-freeze"), { timeout: 3_000 });
  });

  it("turns a silently ignored bad token into unauthorized within two confirm windows", async () => {
    const ctx = await setup({ accepts: (id) => id === identifier(GOOD) }, { pubsubToken: BAD });
    const started = Date.now();
    ctx.connection.connect();
    await vi.waitFor(() => expect(ctx.connection.status).toBe("unauthorized"), { timeout: 3_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(ctx.server.commands.map((command) => command.command)).toEqual([
      "subscribe",
      "unsubscribe",
      "subscribe",
    ]);
    expect(ctx.errors.map((error) => error.code)).toContain("unauthorized");
    expect(JSON.stringify(ctx.errors.map((error) => [error.message, error.details]))).not.toContain(
      BAD,
    );
    expect(ctx.server.connectionCount).toBe(1);

    ctx.connection.setToken(GOOD);
    await vi.waitFor(() => expect(ctx.connection.status).toBe("connected"), { timeout: 3_000 });
    expect(ctx.server.connectionCount).toBe(2);
  });

  it("abandons a handshake that never completes and retries (no crash from ws)", async () => {
    silent = await startSilentTcpServer();
    const errors: UniLinkError[] = [];
    const statuses: string[] = [];
    connection = new Connection({
      url: silent.url,
      pubsubToken: GOOD,
      WebSocket: WebSocket as unknown as WebSocketConstructor,
      connectTimeoutMs: 150,
      backoff: { minMs: 20, maxMs: 50 },
      onError: (error) => errors.push(error),
    });
    connection.onStatus((status) => statuses.push(status));
    connection.connect();
    const target = silent;
    await vi.waitFor(() => expect(target.connectionCount).toBeGreaterThanOrEqual(3), {
      timeout: 3_000,
    });
    expect(statuses.slice(0, 3)).toEqual(["connecting", "reconnecting", "connecting"]);
    expect(errors.every((error) => error.code === "transport")).toBe(true);
  });
});
