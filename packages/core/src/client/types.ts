import type { StoreApi } from "zustand/vanilla";
import type { ConnectionStatus } from "../connection/status";
import type { UniLinkError } from "../errors";
import type { UniLinkEventListener, UniLinkEventName } from "../schema/events";
import type { HydrateSnapshot, UniLinkState } from "../store/state";

/** A `WebSocket` constructor: the browser's, `ws` in Node, or a test double. */
export type WebSocketConstructor = new (url: string, protocols?: string | string[]) => WebSocket;

/** A token, or a function that fetches the current one (called again on `unauthorized`). */
export type TokenSource = string | (() => string | Promise<string>);

/** Reconnect backoff: delay = min(maxMs, minMs * factor^attempt) * (1 ± jitter). */
export interface BackoffOptions {
  /** First delay. Default 1000. */
  minMs?: number;
  /** Cap. Default 30000. */
  maxMs?: number;
  /** Growth per attempt. Default 2. */
  factor?: number;
  /** Random spread, 0..1. Default 0.5. */
  jitter?: number;
}

/** Options of {@link createUniLinkClient}. */
export interface UniLinkClientOptions {
  /** Installation URL: `wss://host/cable`, or `https://host` (scheme converted, `/cable` added). */
  url: string;
  /** The user's or contact's pubsub token, or an async provider of it. */
  pubsubToken: TokenSource;
  /** Agent subscriptions: the account id. Omit (with `userId`) for a contact subscription. */
  accountId?: number;
  /** Agent subscriptions: the user id. */
  userId?: number;
  /** WebSocket implementation; defaults to `globalThis.WebSocket`. */
  WebSocket?: WebSocketConstructor;
  /** Presence heartbeat period. Default 20000; 0 turns the heartbeat off. */
  presenceIntervalMs?: number;
  /** The server's ping period. Default 3000. */
  pingIntervalMs?: number;
  /** Missed pings before the socket counts as dead. Default 2. */
  staleAfterPings?: number;
  /** Give up on a socket stuck in CONNECTING after this long. Default 5000. */
  connectTimeoutMs?: number;
  /** Wait this long for `confirm_subscription` before retrying once, then `unauthorized`. Default 5000. */
  confirmTimeoutMs?: number;
  /** Reconnect backoff. */
  backoff?: BackoffOptions;
  /** A typist disappears this long after their last `typing_on`. Default 30000. */
  typingTimeoutMs?: number;
  /** Called for every error the client recovers from. Never receives a token. */
  onError?: (error: UniLinkError) => void;
}

/** A live UniLink connection plus the store reduced from its events. */
export interface UniLinkClient {
  /** The zustand vanilla store holding everything received so far. */
  readonly store: StoreApi<UniLinkState>;
  /** Current connection status. */
  readonly status: ConnectionStatus;
  /** Opens the socket and subscribes. Safe to call twice. */
  connect(): void;
  /** Closes the socket; `connect()` may open it again. Stored data is kept. */
  disconnect(): void;
  /** Closes the socket and releases every timer and listener. Final. */
  destroy(): void;
  /** Subscribes to status changes; returns an unsubscribe function. */
  onStatus(listener: (status: ConnectionStatus, previous: ConnectionStatus) => void): () => void;
  /** Subscribes to one event name (typed payload) or `"*"` for all; returns an unsubscribe function. */
  on<N extends UniLinkEventName | "*">(name: N, listener: UniLinkEventListener<N>): () => void;
  /** Replaces the pubsub token: unsubscribes the old identifier and subscribes the new one once. */
  setToken(token: string): void;
  /** Sends `update_presence` now (the heartbeat also does this periodically). */
  updatePresence(): void;
  /** Merges conversations/messages fetched elsewhere, with the same rules as live events. */
  hydrate(snapshot: HydrateSnapshot): void;
}
