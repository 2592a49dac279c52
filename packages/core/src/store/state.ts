import type { ConnectionStatus } from "../connection/status";
import type { UniLinkError } from "../errors";
import type { Contact } from "../schema/contact";
import type { Conversation } from "../schema/conversation";
import type { Message, MessageFields } from "../schema/message";
import type { Notification } from "../schema/notification";
import type { Participant } from "../schema/user";
import { createInitialDirectoryState, type DirectoryState } from "./directory-state";
import type { PendingAttachment, UploadProgress } from "./pending-attachment";
import { createInitialSyncState, type SyncState } from "./sync-state";

/**
 * A message shown before the server confirmed it (optimistic send): its `id`
 * is its `echo_id`, a client-made uuid. It is replaced by the real message
 * when either the REST answer or the `message.created` event arrives.
 */
export interface PendingMessage extends MessageFields {
  /** Same as `echo_id`. */
  id: string;
  /** The client-made uuid the server will echo back. */
  echo_id: string;
  /** `sending` until confirmed, `failed` when the send failed. */
  status: "sending" | "failed";
  /** Why the send failed (status `failed`). */
  error?: UniLinkError | null;
  /** The files being sent with it (the server's copy lists them in `attachments`). */
  files?: readonly PendingAttachment[];
  /** Upload progress while its files go out; `null` or absent otherwise. */
  upload?: UploadProgress | null;
}

/**
 * A message in the store: confirmed by the server, or pending. The event's
 * `conversation` summary is not stored with it (it is applied to the
 * conversation entity, where it stays current).
 */
export type StoredMessage = Message | PendingMessage;

/**
 * One conversation's messages: `ids` ordered by `created_at`, then id
 * (server ids before pending ones at the same second); `byId` keyed by
 * `String(id)`. An untouched conversation keeps this object's identity.
 */
export interface MessageList {
  /** Message keys (`String(id)`), oldest first. */
  readonly ids: readonly string[];
  /** Messages by key. */
  readonly byId: Readonly<Record<string, StoredMessage>>;
}

/** Someone typing in a conversation. */
export interface Typist {
  /** The user, contact or bot typing. */
  user: Participant;
  /** True when an agent types a private note (contacts never see these). */
  isPrivate: boolean;
  /** When the typist disappears without a `typing_off`, in `now()` milliseconds. */
  expiresAt: number;
}

/** A presence value as the server sends it. */
export type PresenceStatus = "online" | "busy" | "offline" | (string & {});

/** Who is online, from the last `presence.update` (a full snapshot). */
export interface PresenceState {
  /** Agent id -> status; agents missing here are offline. */
  readonly users: Readonly<Record<number, PresenceStatus>>;
  /** Contact id -> status; kept from the last snapshot that carried contacts. */
  readonly contacts: Readonly<Record<number, PresenceStatus>>;
}

/** The owner's notifications. */
export interface NotificationsState {
  /** Notifications by id. */
  readonly byId: Readonly<Record<number, Notification>>;
  /** Ids, newest activity first. */
  readonly ids: readonly number[];
  /** Unread notifications, as the server last counted them. */
  readonly unreadCount: number;
  /** All notifications, as the server last counted them. */
  readonly count: number;
}

/**
 * Everything received so far, normalized. Each slice keeps its identity
 * while nothing in it changes, and so does each conversation, message list
 * and typing map inside it, so that views depending on them do not re-render.
 */
export interface UniLinkState {
  /** Conversations by display id. */
  readonly conversations: Readonly<Record<number, Conversation>>;
  /** Message lists by conversation display id. */
  readonly messages: Readonly<Record<number, MessageList>>;
  /** Contacts by id. */
  readonly contacts: Readonly<Record<number, Contact>>;
  /** Agents and bots by `${type}:${id}` (e.g. `user:7`, `agent_bot:2`). */
  readonly users: Readonly<Record<string, Participant>>;
  /** Typists by conversation display id, then by `${type}:${id}`. */
  readonly typing: Readonly<Record<number, Readonly<Record<string, Typist>>>>;
  /** Who is online. */
  readonly presence: PresenceState;
  /** Notifications. */
  readonly notifications: NotificationsState;
  /** Connection status. */
  readonly status: ConnectionStatus;
  /** The subscribed account, `null` for a contact subscription. */
  readonly accountId: number | null;
  /** REST loading state: conversation lists, message threads, the last resync. */
  readonly sync: SyncState;
  /** Agents, teams, labels, canned responses and contact load states (agent workspace). */
  readonly directory: DirectoryState;
}

/**
 * Data fetched outside the socket (REST pages), merged by `hydrate` with
 * the same rules as live events. Items are validated; raw JSON is fine.
 */
export interface HydrateSnapshot {
  /** Conversations (e.g. a conversation list page). */
  conversations?: readonly unknown[];
  /** Messages of conversations (e.g. a messages page). */
  messages?: readonly { conversationId: number; messages: readonly unknown[] }[];
  /** Contacts. */
  contacts?: readonly unknown[];
  /** Notifications. */
  notifications?: readonly unknown[];
  /** Server counts to store with `notifications`. */
  notificationCounts?: { unreadCount?: number; count?: number };
}

/** The state of a store that has received nothing. */
export function createInitialState(accountId: number | null = null): UniLinkState {
  return {
    conversations: {},
    messages: {},
    contacts: {},
    users: {},
    typing: {},
    presence: { users: {}, contacts: {} },
    notifications: { byId: {}, ids: [], unreadCount: 0, count: 0 },
    status: "idle",
    accountId,
    sync: createInitialSyncState(),
    directory: createInitialDirectoryState(),
  };
}
