import type { DisconnectReason } from "./frames";

/** What happens when a subscribe names an unknown token. */
export type BadTokenMode = "silent" | "reject";

/** Options of the transport-agnostic cable logic (and of the fake server). */
export interface CableLogicOptions {
  /** Period of the server-wide ping timer. Default 3000 (Rails). */
  pingIntervalMs?: number;
  /**
   * "silent" (default, like the platform: `subscribed` raises, no confirm and
   * no reject) or "reject" (`reject_subscription`, like other ActionCable servers).
   */
  badTokenMode?: BadTokenMode;
  /** Clock in ms for pings and presence windows. Default `Date.now`. */
  now?: () => number;
  /**
   * Send `presence.update` on the token stream right after a successful
   * subscribe, as the platform's `RoomChannel#subscribed` does. Default true.
   */
  presenceOnSubscribe?: boolean;
  /** Presence window for agents. Default 20000. */
  agentPresenceWindowMs?: number;
  /** Presence window for contacts. Default 90000. */
  contactPresenceWindowMs?: number;
}

/** Arguments of `disconnectAll`. */
export interface DisconnectOptions {
  /** Default "remote". */
  reason?: DisconnectReason;
  /** Default true. */
  reconnect?: boolean;
}

/** Arguments of `restart`. */
export interface RestartOptions {
  /** After disconnecting everyone, refuse new connections for this long. Default 0. */
  downtimeMs?: number;
}

/** Who to mark present with `markOnline`. */
export type PresenceTarget =
  | { accountId: number; userId: number }
  | { accountId: number; contactId: number };

/** A live subscription, for assertions. */
export interface SubscriptionInfo {
  socketId: number;
  /** The identifier string exactly as the client sent it. */
  identifier: string;
  /** Streams it receives broadcasts from (a token, `account_<id>`). */
  streams: readonly string[];
  /** False for a subscription whose token was refused silently (no confirm sent). */
  confirmed: boolean;
}
