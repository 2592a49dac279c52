import type { UniLinkError } from "../errors";

/** The socket events the client listens to. */
export type WebSocketEventName = "open" | "close" | "message" | "error";

/**
 * The part of a WebSocket the client uses. The browser's `WebSocket` and
 * Node's `ws` both have it, so either is accepted as it is (no cast).
 */
export interface WebSocketLike {
  /** 0 connecting, 1 open, 2 closing, 3 closed. */
  readonly readyState: number;
  /** The subprotocol the server chose. */
  readonly protocol: string;
  /** Sends one text frame. */
  send(data: string): void;
  /** Closes the socket. */
  close(code?: number, reason?: string): void;
  /** Listens to one of the socket's events. */
  addEventListener(type: WebSocketEventName, listener: (event: unknown) => void): void;
  /** Stops listening. */
  removeEventListener(type: WebSocketEventName, listener: (event: unknown) => void): void;
}

/** A `WebSocket` constructor: the browser's, `ws`'s in Node, or a test double. */
export type WebSocketConstructor = new (
  url: string,
  protocols?: string | string[],
) => WebSocketLike;

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

/** The socket options of a client (`createUniLinkClient` takes them too, same names and defaults). */
export interface ConnectionSettings {
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
  /**
   * Presence heartbeat period. Default 20000; 0 turns presence off: no
   * heartbeat, and no snapshot asked for when an event shows an agent the
   * last snapshot does not list (`update_presence` marks the caller online).
   */
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
  /** Called for every error the client recovers from. Never receives a token. */
  onError?: (error: UniLinkError) => void;
}

/** Options of a {@link Connection}: {@link ConnectionSettings} plus a message sink. */
export interface ConnectionOptions extends ConnectionSettings {
  /** Receives the `message` of every data frame addressed to this connection's subscription. */
  onMessage?: MessageListener;
}

/**
 * Receives a data frame's `message`, and whether the frame's text proved it
 * nests shallower than payloads may (`DataFrame.shallow`): then parsing it
 * need not walk it for depth.
 */
export type MessageListener = (message: unknown, shallow: boolean) => void;

/** {@link BackoffOptions} with every default applied. */
export type ResolvedBackoff = Required<BackoffOptions>;

/** {@link ConnectionOptions} with defaults applied and numbers sanitised. */
export interface ResolvedConnectionOptions extends ConnectionOptions {
  WebSocket: WebSocketConstructor | undefined;
  presenceIntervalMs: number;
  pingIntervalMs: number;
  staleAfterPings: number;
  connectTimeoutMs: number;
  confirmTimeoutMs: number;
  backoff: ResolvedBackoff;
}

function count(value: number | undefined, fallback: number, min = 0): number {
  return typeof value === "number" && Number.isFinite(value) && value >= min ? value : fallback;
}

function globalWebSocket(): WebSocketConstructor | undefined {
  const candidate = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  return typeof candidate === "function" ? candidate : undefined;
}

/** Applies the documented defaults; nonsensical numbers fall back to them. */
export function resolveConnectionOptions(options: ConnectionOptions): ResolvedConnectionOptions {
  const backoff = options.backoff ?? {};
  return {
    ...options,
    WebSocket: options.WebSocket ?? globalWebSocket(),
    presenceIntervalMs: count(options.presenceIntervalMs, 20_000),
    pingIntervalMs: count(options.pingIntervalMs, 3_000, 1),
    staleAfterPings: count(options.staleAfterPings, 2, 1),
    connectTimeoutMs: count(options.connectTimeoutMs, 5_000, 1),
    confirmTimeoutMs: count(options.confirmTimeoutMs, 5_000, 1),
    backoff: {
      minMs: count(backoff.minMs, 1_000),
      maxMs: count(backoff.maxMs, 30_000),
      factor: count(backoff.factor, 2, 1),
      jitter: Math.min(1, count(backoff.jitter, 0.5)),
    },
  };
}
