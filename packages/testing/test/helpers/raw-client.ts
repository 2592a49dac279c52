import { WebSocket } from "ws";
import type { FakeUniLinkServer } from "../../src/index";

// Captured before any test fakes timers.
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;

/** What the official client offers. */
export const PROTOCOLS = ["actioncable-v1-json", "actioncable-unsupported"];

const MARKER = '{"type":"test_marker"';

/** A bare `ws` client that records every text frame it receives. */
export class RawClient {
  readonly frames: string[] = [];
  closeInfo: { code: number; reason: string } | undefined;
  readonly #waiters = new Set<() => void>();

  constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      this.frames.push(data.toString());
      this.#notify();
    });
    ws.on("close", (code, reason) => {
      this.closeInfo = { code, reason: reason.toString() };
      this.#notify();
    });
    ws.on("error", () => {});
  }

  /** Frames other than pings and test markers. */
  get messages(): string[] {
    return this.frames.filter((f) => !f.startsWith('{"type":"ping"') && !f.startsWith(MARKER));
  }

  /** Parsed ping frames. */
  get pings(): { type: string; message: number }[] {
    return this.frames.filter((f) => f.startsWith('{"type":"ping"')).map((f) => JSON.parse(f));
  }

  send(payload: string | object): void {
    this.ws.send(typeof payload === "string" ? payload : JSON.stringify(payload));
  }

  /** Resolves when `predicate` holds, re-checked on every frame and on close. */
  until(predicate: () => boolean, timeoutMs = 2000): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!predicate()) return;
        this.#waiters.delete(check);
        realClearTimeout(timer);
        resolve();
      };
      const timer = realSetTimeout(() => {
        this.#waiters.delete(check);
        reject(
          new Error(
            `client condition still false after ${timeoutMs} ms; frames: ${this.frames.join("\n")}`,
          ),
        );
      }, timeoutMs);
      this.#waiters.add(check);
    });
  }

  /** Resolves with the close code and reason. */
  async closed(): Promise<{ code: number; reason: string }> {
    await this.until(() => this.closeInfo !== undefined);
    return this.closeInfo as { code: number; reason: string };
  }

  #notify(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }
}

/** Opens a client and waits for the handshake (not for `welcome`). */
export function openClient(
  url: string,
  protocols: string[] | undefined = PROTOCOLS,
): Promise<RawClient> {
  const ws = new WebSocket(url, protocols);
  const client = new RawClient(ws);
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve(client));
    ws.once("error", reject);
  });
}

let syncSeq = 0;

/**
 * Barrier: after it resolves, the server has processed everything the listed
 * clients sent before, and they have received everything the server sent
 * before. Each client sends an unknown command (processed, answered by
 * nothing); then a marker frame goes out behind all earlier frames.
 */
export async function settle(server: FakeUniLinkServer, ...clients: RawClient[]): Promise<void> {
  const tag = `sync-${++syncSeq}`;
  for (const client of clients) client.send({ command: tag });
  await server.waitFor(
    () => server.commands.filter((c) => c.command === tag).length === clients.length,
  );
  const marker = `${MARKER},"tag":"${tag}"}`;
  server.sendRaw(marker);
  await Promise.all(clients.map((c) => c.until(() => c.frames.includes(marker))));
}

/** Identifier string in the guide's key order. */
export function agentIdentifier(token: string, accountId: number, userId: number): string {
  return JSON.stringify({
    channel: "RoomChannel",
    pubsub_token: token,
    account_id: accountId,
    user_id: userId,
  });
}

/** Contact identifier string. */
export function contactIdentifier(token: string): string {
  return JSON.stringify({ channel: "RoomChannel", pubsub_token: token });
}

/** Sends a subscribe command. */
export function subscribe(client: RawClient, identifier: string): void {
  client.send({ command: "subscribe", identifier });
}

/** Sends `update_presence`. */
export function updatePresence(client: RawClient, identifier: string): void {
  client.send({
    command: "message",
    identifier,
    data: JSON.stringify({ action: "update_presence" }),
  });
}
