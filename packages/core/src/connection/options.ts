import type {
  BackoffOptions,
  TokenSource,
  UniLinkClientOptions,
  WebSocketConstructor,
} from "../client/types";
import type { UniLinkError } from "../errors";

/**
 * Options of a {@link Connection}: the socket-related subset of the client's
 * options (same names, same defaults), plus a message sink.
 */
export interface ConnectionOptions
  extends Pick<
    UniLinkClientOptions,
    | "url"
    | "pubsubToken"
    | "accountId"
    | "userId"
    | "WebSocket"
    | "presenceIntervalMs"
    | "pingIntervalMs"
    | "staleAfterPings"
    | "connectTimeoutMs"
    | "confirmTimeoutMs"
    | "backoff"
    | "onError"
  > {
  /** Receives the `message` of every data frame addressed to this connection's subscription. */
  onMessage?: (message: unknown) => void;
}

/** {@link BackoffOptions} with every default applied. */
export type ResolvedBackoff = Required<BackoffOptions>;

/** {@link ConnectionOptions} with defaults applied and numbers sanitised. */
export interface ResolvedConnectionOptions {
  url: string;
  pubsubToken: TokenSource;
  accountId: number | undefined;
  userId: number | undefined;
  WebSocket: WebSocketConstructor | undefined;
  presenceIntervalMs: number;
  pingIntervalMs: number;
  staleAfterPings: number;
  connectTimeoutMs: number;
  confirmTimeoutMs: number;
  backoff: ResolvedBackoff;
  onError: ((error: UniLinkError) => void) | undefined;
  onMessage: ((message: unknown) => void) | undefined;
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
    url: options.url,
    pubsubToken: options.pubsubToken,
    accountId: options.accountId,
    userId: options.userId,
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
    onError: options.onError,
    onMessage: options.onMessage,
  };
}
