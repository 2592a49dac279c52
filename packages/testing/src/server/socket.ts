/**
 * The few things the cable logic needs from a server-side socket. A `ws`
 * WebSocket, an in-browser fake, or a test double can all provide them.
 */
export interface CableSocket {
  /** Sends one text frame. Must not throw when the socket is already closing. */
  send(text: string): void;
  /** Starts a clean close handshake. */
  close(code: number, reason: string): void;
  /** Drops the connection abruptly: no close frame (the client sees 1006). */
  terminate(): void;
}

/** What the logic hands back for an accepted socket: the transport feeds it input and the close. */
export interface CableConnection {
  /** Server-wide connection number, from 1. */
  readonly id: number;
  /** Feeds one received text frame. */
  receive(text: string): void;
  /** Tells the logic the socket is gone (closed, terminated or errored). Idempotent. */
  closed(): void;
}

/** What a transport should do with a new connection attempt right now. */
export type AcceptDecision = "accept" | "refuse" | "hold";
