import type { StoreApi } from "zustand/vanilla";
import type { ActionHost } from "../actions/host";
import type { AgentApi } from "../api/agent-api";
import type { ContactApi } from "../api/contact-api";
import type { AttachmentRules } from "../attachments/rules";
import type { ConnectionSettings } from "../connection/options";
import type { ConnectionStatus } from "../connection/status";
import type { UniLinkError } from "../errors";
import type { UniLinkEventListener, UniLinkEventName } from "../schema/events";
import type { RecordedEvent, ReplayOutcome } from "../store/replay";
import type { HydrateSnapshot, UniLinkState } from "../store/state";
import type { StartConversationOutcome } from "../sync/conversation-start";
import type { SendMessageInput } from "../sync/outbox";
import type { LoadOutcome, ResyncResult, SendOutcome } from "../sync/outcomes";
import type { ConversationListQuery } from "../sync/query";
import type { TypingReporter, TypingReporterOptions } from "../sync/typing-reporter";
import type { TabSharingLayer } from "../tabs/share-across-tabs";
import type { TabSharingState } from "../tabs/sharing-state";

/** Options of {@link createUniLinkClient}. */
export interface UniLinkClientOptions extends ConnectionSettings {
  /** A typist disappears this long after their last `typing_on`. Default 30000. */
  typingTimeoutMs?: number;
  /**
   * Events arriving within this many ms of the last store update are applied
   * together (one update, one React commit). A lone event is never delayed.
   * Default 16; 0 applies every task's events on their own.
   */
  batchWindowMs?: number;
  /**
   * REST client for loads, optimistic sends, typing, read state and resync:
   * `createAgentApi(...)` (agents) or `createContactApi(...)` (contacts, with
   * `contactSourceId`); a hand-made one through `withRestSync(api)`. The
   * REST side's code comes with it: without it the client is socket-only
   * and bundles none of it.
   */
  api?: AgentApi | ContactApi;
  /** With a contact `api`: the session's `source_id` (from `createContact`). */
  contactSourceId?: string;
  /** Check this often whether the page slept (then resync). Default 15000; 0 turns it off. */
  sleepCheckIntervalMs?: number;
  /**
   * Limits files are checked against before a message with attachments is
   * sent (default: the platform's, `DEFAULT_ATTACHMENT_RULES`).
   */
  attachmentRules?: Partial<AttachmentRules>;
  /**
   * One socket per browser instead of one per page: pass `shareAcrossTabs()`.
   * The pages of this origin with the same installation, token, account and
   * user elect a leader that alone holds the socket and relays every event
   * and status to the others (each keeps its own store; REST stays per
   * page). Another page takes over when the leader closes or freezes. Where
   * Web Locks or `BroadcastChannel` are missing (Node, React Native, old
   * browsers) the client keeps a socket of its own, as without the option.
   * Default: off (and the sharing code is not bundled).
   */
  shareAcrossTabs?: TabSharingLayer;
}

/** A live UniLink connection plus the store reduced from its events. */
export interface UniLinkClient extends ActionHost {
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
  /** Whether this page leads, follows or shares nothing (`shareAcrossTabs`), and how many pages follow. */
  readonly sharing: TabSharingState;
  /** Subscribes to changes of {@link UniLinkClient.sharing}; returns an unsubscribe function. */
  onSharing(listener: (state: TabSharingState) => void): () => void;
  /** Subscribes to one event name (typed payload) or `"*"` for all; returns an unsubscribe function. */
  on<N extends UniLinkEventName | "*">(name: N, listener: UniLinkEventListener<N>): () => void;
  /**
   * Subscribes to the client's own `resync` event: after every resync
   * (reconnect, wake-up, `resync()`), `{ok, error?, durationMs}`. Not sent to `"*"`.
   */
  on(name: "resync", listener: (result: ResyncResult) => void): () => void;
  /** Replaces the pubsub token: unsubscribes the old identifier and subscribes the new one once. */
  setToken(token: string): void;
  /** Sends `update_presence` now (the heartbeat also does this periodically). */
  updatePresence(): void;
  /** Merges conversations/messages fetched elsewhere, with the same rules as live events. */
  hydrate(snapshot: HydrateSnapshot): void;
  /**
   * Applies recorded events (e.g. a devtools recording) to the store as the
   * socket would: validated, events of other accounts dropped, this client's
   * typing timeout. Listeners are not called and the status is left alone.
   */
  replay(events: readonly RecordedEvent[]): ReplayOutcome;
  /** The REST client given as `options.api`, for calls the client does not wrap (assign, toggleStatus). */
  readonly api: AgentApi | ContactApi | undefined;
  /**
   * Loads the first page of a conversation list into the store; its state
   * is `selectListLoadState(state, query)`. Never rejects.
   */
  loadConversations(query?: ConversationListQuery): Promise<LoadOutcome>;
  /** Loads the next page of a list (the first when none is loaded); no-op without `hasMore`. */
  loadMoreConversations(query?: ConversationListQuery): Promise<LoadOutcome>;
  /** Loads a conversation's latest messages; state: `selectThreadLoadState(state, id)`. */
  loadMessages(conversationId: number): Promise<LoadOutcome>;
  /** Loads the messages before the oldest one stored (`hasMore` tells if there are any). */
  loadOlderMessages(conversationId: number): Promise<LoadOutcome>;
  /** Loads the agent's notifications with their counts (contacts: nothing to load). */
  loadNotifications(): Promise<LoadOutcome>;
  /**
   * Marks notifications read (`"all"`: every one): they show as read and the
   * unread count drops at once, then the server is told. On failure the
   * change is undone (unless a newer event replaced it) and the outcome
   * carries the typed error, which also goes to `onError`. Never rejects.
   */
  markNotificationsRead(ids: readonly number[] | "all"): Promise<LoadOutcome>;
  /**
   * Sends a message optimistically: it shows at once as pending (`id =
   * echo_id`, status `sending`), goes out in order once connected, and is
   * replaced by the server's copy without duplicates. On failure it stays
   * with status `failed` (and `error`); see {@link UniLinkClient.retryMessage}.
   * Resolves when settled; never rejects.
   */
  sendMessage(conversationId: number, input: SendMessageInput): Promise<SendOutcome>;
  /**
   * A contact's first message: creates the conversation now (so that opening
   * a widget without writing leaves no empty conversation in the agents'
   * inbox), stores it, then sends `input` like {@link UniLinkClient.sendMessage}.
   * Concurrent calls share one conversation. Needs a contact `api`. Never rejects.
   */
  startConversation(input: SendMessageInput): Promise<StartConversationOutcome>;
  /** Re-sends a failed message with the same echo id (no duplicate if the first try arrived). */
  retryMessage(echoId: string): Promise<SendOutcome>;
  /**
   * Stops a message that is queued or uploading: it stays, `failed` with a
   * `cancelled` error, for a retry or a discard. False when there is no such send.
   */
  cancelMessage(echoId: string): boolean;
  /** Removes a pending message that is not being sent (failed or queued). False when there is none. */
  discardMessage(echoId: string): boolean;
  /** One local store change (optimistic update, rollback, load state); used by the agent actions. */
  applyLocalChange(change: (state: UniLinkState) => UniLinkState): void;
  /** Sends an error to `options.onError` (the agent actions report through it). */
  reportError(error: UniLinkError): void;
  /** Reports typing on or off once (`isPrivate` for a private note). Never rejects. */
  setTyping(conversationId: number, on: boolean, options?: { isPrivate?: boolean }): Promise<void>;
  /**
   * A composer's typing reporter: `on` at the first keystroke, `off` after
   * `idleMs` (4000) idle, on send and on dispose; one `on` per burst.
   */
  createTypingReporter(conversationId: number, options?: TypingReporterOptions): TypingReporter;
  /** Marks a conversation read: its unread count drops to 0 at once, then `update_last_seen`. */
  markRead(conversationId: number): Promise<LoadOutcome>;
  /**
   * Refetches what the socket may have missed (loaded lists, loaded threads
   * from their newest message, notifications). Runs by itself after every
   * reconnect and after the page slept. Never rejects.
   */
  resync(): Promise<ResyncResult>;
}
