import { CableServerLogic } from "../server/cable-logic";
import type { CableLogicOptions } from "../server/options";
import { InMemoryWebSocket, type SocketNetwork } from "./in-memory-socket";

/** A `WebSocket` constructor bound to one in-memory network. */
export type InMemoryWebSocketClass = new (
  url: string,
  protocols?: string | string[],
) => InMemoryWebSocket;

/** Options of {@link InMemoryCableNetwork}. */
export interface InMemoryCableOptions extends CableLogicOptions {
  /** Delay of every frame, each way. Default 0 (delivered in a microtask, still asynchronous). */
  latencyMs?: number;
}

/**
 * A fake UniLink server and the "network" to it, both inside the page: no
 * port, no request. Give a client `network.WebSocket`; drive the server
 * (`network.server.broadcast(...)`, `freeze()`, `dropAll()`), and pull the
 * plug with `setOnline(false)`.
 *
 * @example
 * const network = new InMemoryCableNetwork();
 * network.server.addAgent({ token: "agent-token", accountId: 1, userId: 7 });
 * const client = createUniLinkClient({ url: "https://unilink.test", pubsubToken: "agent-token",
 *   accountId: 1, userId: 7, WebSocket: network.WebSocket });
 */
export class InMemoryCableNetwork {
  /** The fake server's logic: tokens, broadcasts, faults, observation. */
  readonly server: CableServerLogic;
  /** The `WebSocket` class whose sockets reach {@link server}. */
  readonly WebSocket: InMemoryWebSocketClass;

  readonly #latencyMs: number;
  readonly #live = new Set<InMemoryWebSocket>();
  #online = true;

  constructor(options: InMemoryCableOptions = {}) {
    const { latencyMs = 0, ...logicOptions } = options;
    this.server = new CableServerLogic(logicOptions);
    this.#latencyMs = latencyMs;
    const isOnline = () => this.#online;
    const network: SocketNetwork = {
      server: this.server,
      get online() {
        return isOnline();
      },
      deliver: (task) => this.#deliver(task),
      track: (socket, live) => {
        if (live) this.#live.add(socket);
        else this.#live.delete(socket);
      },
    };
    this.WebSocket = class extends InMemoryWebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(network, url, protocols);
      }
    };
  }

  /** False after `setOnline(false)`. */
  get online(): boolean {
    return this.#online;
  }

  /** Sockets currently open. */
  get openSocketCount(): number {
    return this.#live.size;
  }

  /**
   * Offline drops every open socket (the client sees 1006) and makes new
   * ones fail until `setOnline(true)`; the page's `online`/`offline` events
   * are not touched.
   */
  setOnline(online: boolean): void {
    this.#online = online;
    if (online) return;
    for (const socket of [...this.#live]) socket.drop();
  }

  /** Stops the server's ping timer and drops every socket. */
  async close(): Promise<void> {
    await this.server.close();
    for (const socket of [...this.#live]) socket.drop();
  }

  #deliver(task: () => void): void {
    if (this.#latencyMs > 0) setTimeout(task, this.#latencyMs);
    else queueMicrotask(task);
  }
}
