import ReconnectingWebSocket from "reconnecting-websocket";
import { CABLE_PROTOCOLS } from "../protocol/subprotocols";
import type { WebSocketConstructor } from "./options";
import { socketClass } from "./socket-class";

/** How a socket of a {@link Transport} ended. */
export interface TransportClose {
  code: number;
  reason: string;
  /** True when the transport closed it on purpose (`reconnectNow`, `restart`). */
  requested: boolean;
}

/** Callbacks of a {@link Transport}; none is called after `close()`. */
export interface TransportHandlers {
  created(): void;
  createFailed(error: unknown): void;
  open(protocol: string): void;
  message(data: unknown): void;
  closed(close: TransportClose): void;
}

/** Settings of a {@link Transport}. */
export interface TransportOptions {
  url: string;
  WebSocket: WebSocketConstructor;
  connectTimeoutMs: number;
  /** Milliseconds to wait before the next attempt; asked once per attempt. */
  nextDelay(): number;
}

const OPEN = 1;

/**
 * One reconnecting socket, built on reconnecting-websocket: it reopens after
 * every loss and abandons sockets stuck in CONNECTING. The wait between
 * attempts is ours (reconnecting-websocket's own delays are set to 0): its
 * URL provider resolves after `nextDelay()`, which makes the wait jittered,
 * cancellable and skippable. Not reusable after `close()`.
 */
export class Transport {
  readonly #options: TransportOptions;
  readonly #rws: ReconnectingWebSocket;
  #socket: WebSocket | undefined;
  // The current socket exists and has not reported its close yet.
  #live = false;
  #closed = false;
  #requested = false;
  #skipWait = false;
  #wait: { timer: ReturnType<typeof setTimeout>; resolve: () => void } | undefined;

  constructor(options: TransportOptions, handlers: TransportHandlers) {
    this.#options = options;
    const Socket = socketClass(options.WebSocket, {
      created: (socket) => {
        this.#socket = socket;
        this.#live = true;
        if (!this.#closed) handlers.created();
      },
      // Deferred: reconnecting-websocket arms its connect timeout after the constructor returns.
      failed: (error) => queueMicrotask(() => this.#closed || handlers.createFailed(error)),
    });
    this.#rws = new ReconnectingWebSocket(() => this.#nextUrl(), [...CABLE_PROTOCOLS], {
      WebSocket: Socket,
      connectionTimeout: options.connectTimeoutMs,
      maxEnqueuedMessages: 0,
      minReconnectionDelay: 0,
      maxReconnectionDelay: 0,
      reconnectionDelayGrowFactor: 1,
    });
    // Handler properties, never removed: every handler does nothing once closed.
    this.#rws.onopen = () => {
      if (!this.#closed) handlers.open(this.#rws.protocol);
    };
    this.#rws.onmessage = (event) => {
      if (!this.#closed) handlers.message(event.data);
    };
    this.#rws.onclose = (event: { code?: number; reason?: string }) => {
      if (this.#closed || !this.#live) return;
      this.#live = false;
      handlers.closed({
        code: typeof event.code === "number" ? event.code : 1006,
        reason: typeof event.reason === "string" ? event.reason : "",
        requested: this.#requested,
      });
    };
  }

  /** Sends `text` if the socket is open; returns whether it was sent. */
  send(text: string): boolean {
    if (this.#closed || this.#rws.readyState !== OPEN) return false;
    try {
      this.#rws.send(text);
      return true;
    } catch {
      return false;
    }
  }

  /** Drops the current socket (if any) and opens a new one without waiting. */
  reconnectNow(): void {
    if (this.#closed) return;
    if (this.#wait) {
      this.#wait.resolve();
      return;
    }
    this.#skipWait = true;
    this.#restart();
  }

  /** Drops the current socket and reconnects after the usual backoff delay. */
  restart(): void {
    if (!this.#closed) this.#restart();
  }

  /** Closes the socket for good and cancels any pending attempt. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#wait) clearTimeout(this.#wait.timer);
    this.#wait = undefined;
    this.#rws.close(1000);
  }

  #restart(): void {
    const socket = this.#socket;
    // Between a loss and the next attempt there is nothing to drop; the attempt is already queued.
    if (!socket || !this.#live) return;
    this.#requested = true;
    try {
      this.#rws.reconnect(1000);
    } finally {
      this.#requested = false;
    }
    // Node's ws waits up to 30 s for a closing handshake a half-open peer never sends.
    const terminate = (socket as { terminate?: unknown }).terminate;
    if (typeof terminate === "function") {
      try {
        terminate.call(socket);
      } catch {
        // Already gone.
      }
    }
  }

  #nextUrl(): Promise<string> {
    const url = this.#options.url;
    const delay = this.#skipWait ? 0 : this.#options.nextDelay();
    this.#skipWait = false;
    if (this.#closed || delay <= 0) return Promise.resolve(url);
    return new Promise((resolve) => {
      const done = () => {
        if (this.#wait) clearTimeout(this.#wait.timer);
        this.#wait = undefined;
        resolve(url);
      };
      this.#wait = { timer: setTimeout(done, delay), resolve: done };
    });
  }
}
