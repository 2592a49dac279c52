/**
 * THE EVENT TABLE: everything that happens when an event arrives, one row
 * per event name. Start reading here.
 *
 * Each row says:
 * - `store`: how the event changes the store (`store/*.ts` holds the rules
 *   per entity). Every store change of the socket, of a replay and of
 *   `hydrate` goes through these functions. Inside a batch they may write in
 *   place to the copies the batch made (`drafts`), and nowhere else.
 * - `thread` (live message events): the message that moves its thread's
 *   "synced up to" mark (`sync/watermarks.ts`), so a resync after a
 *   reconnect fetches only what came after it.
 * - `notification` (notification events): the notification the event
 *   touched, so a notification page fetched meanwhile does not undo it
 *   (`sync/notification-feed.ts`).
 * - `agent` (conversation and message events): the agent the event shows
 *   (assignee, sender), whose presence views display beside it
 *   (`client/presence-refresh.ts`).
 *
 * Before any row runs, an event of another account than the subscribed one
 * is dropped ({@link isForeignEvent}); an unknown event name reaches `"*"`
 * listeners and nothing else. No other module switches on event names.
 */
import type { UniLinkEvent, UniLinkEventMap, UniLinkEventName } from "./schema/events";
import type { Drafts } from "./store/batch";
import { removeContact, storeContact } from "./store/contact";
import type { ReducerContext } from "./store/context";
import { storeConversation } from "./store/conversation";
import { storeFirstReply, storeMessage } from "./store/message";
import { removeNotification, storeNotification } from "./store/notification";
import { storePresence } from "./store/presence";
import type { UniLinkState } from "./store/state";
import { removeTypist, storeTypist } from "./store/typing";

/** What one event name does. */
export interface EventEffects<N extends UniLinkEventName> {
  /** The store change; returns `state` itself when the event changes nothing. */
  readonly store: (
    state: UniLinkState,
    data: UniLinkEventMap[N],
    context: ReducerContext,
    drafts?: Drafts,
  ) => UniLinkState;
  /** Live message events: the message whose thread's sync mark moves. */
  readonly thread?: (data: UniLinkEventMap[N]) => { conversationId: number; messageId: number };
  /** Notification events: the notification the event touched. */
  readonly notification?: (data: UniLinkEventMap[N]) => number;
  /** Conversation and message events: the agent (user id) they show, if any. */
  readonly agent?: (data: UniLinkEventMap[N]) => number | undefined;
}

type Data<N extends UniLinkEventName> = UniLinkEventMap[N];

const messageThread = (data: Data<"message.created">) => ({
  conversationId: data.conversation_id,
  messageId: data.id,
});
const notificationId = (data: Data<"notification.created" | "notification.deleted">) =>
  data.notification.id;
const isUser = (type: string | null | undefined) => (type ?? "user").toLowerCase() === "user";
const messageAgent = (data: Data<"message.created">) =>
  data.sender && isUser(data.sender.type ?? data.sender_type) && data.message_type === 1
    ? data.sender.id
    : undefined;
const conversation = {
  store: (
    state: UniLinkState,
    data: Data<"conversation.created">,
    _context: ReducerContext,
    drafts?: Drafts,
  ) => storeConversation(state, data, drafts),
  agent: (data: Data<"conversation.created">) => {
    const assignee = data.meta?.assignee;
    return assignee && isUser(assignee.type ?? data.meta?.assignee_type) ? assignee.id : undefined;
  },
};
const contact = {
  store: (
    state: UniLinkState,
    data: Data<"contact.created">,
    _context: ReducerContext,
    drafts?: Drafts,
  ) => storeContact(state, data, drafts),
};

/** The table. Every known event name has a row (the type checks it). */
export const eventTable: { readonly [N in UniLinkEventName]: EventEffects<N> } = {
  "message.created": {
    store: (state, data, _context, drafts) => storeMessage(state, data, "created", drafts),
    thread: messageThread,
    agent: messageAgent,
  },
  "message.updated": {
    store: (state, data, _context, drafts) => storeMessage(state, data, "updated", drafts),
    thread: messageThread,
  },
  "first.reply.created": {
    store: (state, data, _context, drafts) => storeFirstReply(state, data, drafts),
    thread: messageThread,
  },
  // Every conversation event carries the whole conversation: upserted by display id,
  // payloads older than the stored one ignored.
  "conversation.created": conversation,
  "conversation.updated": conversation,
  "conversation.status_changed": conversation,
  "conversation.read": conversation,
  "conversation.contact_changed": conversation,
  "conversation.mentioned": conversation,
  "assignee.changed": conversation,
  "team.changed": conversation,
  "conversation.typing_on": { store: storeTypist },
  "conversation.typing_off": { store: removeTypist },
  // `contact.merged` carries the surviving contact.
  "contact.created": contact,
  "contact.updated": contact,
  "contact.merged": contact,
  // The server deletes the contact's conversations with it.
  "contact.deleted": {
    store: (state, data, _context, drafts) => removeContact(state, data.id, drafts),
  },
  "notification.created": {
    store: (state, data, _context, drafts) =>
      storeNotification(state, data.notification, data, drafts),
    notification: notificationId,
  },
  "notification.updated": {
    store: (state, data, _context, drafts) =>
      storeNotification(state, data.notification, data, drafts),
    notification: notificationId,
  },
  "notification.deleted": {
    store: (state, data, _context, drafts) =>
      removeNotification(state, data.notification.id, data, drafts),
    notification: notificationId,
  },
  // Tells listeners to refetch labels/inboxes/teams; nothing stored.
  "account.cache_invalidated": { store: (state) => state },
  // A full snapshot: agents it does not list are offline.
  "presence.update": { store: storePresence },
};

/** The row of a known event. */
export function effectsOf<N extends UniLinkEventName>(name: N): EventEffects<N> {
  return eventTable[name] as EventEffects<N>;
}

/** True when `event` belongs to another account than the subscribed one (multi-account agents). */
export function isForeignEvent(event: UniLinkEvent, accountId: number | null | undefined): boolean {
  if (accountId == null || event.unknown) return false;
  const eventAccount = (event.data as { account_id?: number | null }).account_id;
  return eventAccount != null && eventAccount !== accountId;
}

/**
 * Applies one event's store change. Unknown events and events of another
 * account leave the state untouched.
 */
export function storeEvent(
  state: UniLinkState,
  event: UniLinkEvent,
  context: ReducerContext,
  drafts?: Drafts,
): UniLinkState {
  if (event.unknown || isForeignEvent(event, state.accountId)) return state;
  const store = eventTable[event.event].store as (
    state: UniLinkState,
    data: unknown,
    context: ReducerContext,
    drafts?: Drafts,
  ) => UniLinkState;
  return store(state, event.data, context, drafts);
}
