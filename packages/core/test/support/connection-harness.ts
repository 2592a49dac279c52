import { vi } from "vitest";
import { Connection } from "../../src/connection/connection";
import type { ConnectionOptions } from "../../src/connection/options";
import type { ConnectionStatus } from "../../src/connection/status";
import type { UniLinkError } from "../../src/errors";
import { buildIdentifier } from "../../src/protocol/identifier";
import { FakeWebSocket } from "./fake-websocket";

/** The token every harness connection starts with. */
export const TOKEN = "tok-first-0001";

/** The identifier a harness connection subscribes with for `token`. */
export function identifierFor(token: string = TOKEN): string {
  return buildIdentifier({ pubsubToken: token, accountId: 1, userId: 7 });
}

/** A Connection on FakeWebSocket with everything it reports recorded. */
export interface Harness {
  connection: Connection;
  statuses: ConnectionStatus[];
  errors: UniLinkError[];
  messages: unknown[];
}

/** Builds a connection on {@link FakeWebSocket}; options override the test defaults. */
export function createHarness(options: Partial<ConnectionOptions> = {}): Harness {
  const errors: UniLinkError[] = [];
  const messages: unknown[] = [];
  const connection = new Connection({
    url: "https://chat.example.com",
    pubsubToken: TOKEN,
    accountId: 1,
    userId: 7,
    WebSocket: FakeWebSocket.asConstructor,
    onError: (error) => errors.push(error),
    onMessage: (message) => messages.push(message),
    ...options,
  });
  const statuses: ConnectionStatus[] = [];
  connection.onStatus((status) => statuses.push(status));
  return { connection, statuses, errors, messages };
}

/** Lets reconnecting-websocket's zero-delay timer and promise chain create the socket. */
export async function flush(ms = 0): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

/** Opens the latest socket and sends `welcome`. */
export function openAndWelcome(socket = FakeWebSocket.latest()): FakeWebSocket {
  socket.open();
  socket.receive({ type: "welcome" });
  return socket;
}

/** Confirms `identifier` on `socket`. */
export function confirm(socket: FakeWebSocket, identifier: string = identifierFor()): void {
  socket.receive({ identifier, type: "confirm_subscription" });
}

/** connect() and drive the latest socket up to `connected`. */
export async function connectAndConfirm(harness: Harness): Promise<FakeWebSocket> {
  harness.connection.connect();
  await flush();
  const socket = openAndWelcome();
  confirm(socket);
  return socket;
}

/** The `command` (plus action for messages) of everything sent on `socket`. */
export function commandNames(socket: FakeWebSocket): string[] {
  return socket.commands().map((command) => {
    if (command.command !== "message") return String(command.command);
    const data = JSON.parse(String(command.data)) as { action: string };
    return `message:${data.action}`;
  });
}
