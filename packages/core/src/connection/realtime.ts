import type { MessageListener } from "./options";
import type { ConnectionStatus } from "./status";

/**
 * What a client needs from its realtime link: a {@link Connection} of its
 * own, or a tab-shared one that may live in another page.
 */
export interface RealtimeConnection {
  /** Where the link is in its life. */
  readonly status: ConnectionStatus;
  /** Calls `listener` on every status change; returns an unsubscribe function. */
  onStatus(listener: (status: ConnectionStatus, previous: ConnectionStatus) => void): () => void;
  /** Calls `listener` with the `message` of every data frame of the subscription (see {@link MessageListener}). */
  onMessage(listener: MessageListener): () => void;
  /** Opens the link (idempotent). */
  connect(): void;
  /** Closes the link; `connect()` may reopen it. */
  disconnect(): void;
  /** Closes the link and releases everything. Final. */
  destroy(): void;
  /** Switches to a new pubsub token. */
  setToken(token: string): void;
  /** Sends `update_presence` now, if subscribed. */
  updatePresence(): void;
  /** Calls a channel method, if subscribed (dropped otherwise). */
  perform(action: string, data?: Record<string, unknown>): void;
}
