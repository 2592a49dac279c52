import type { UniLinkEventName } from "../schema/events";
import type { Reducer } from "./context";
import { onContactDeleted, onContactPayload } from "./reducers/contact";
import { onConversationPayload } from "./reducers/conversation";
import { onFirstReplyCreated, onMessageCreated, onMessageUpdated } from "./reducers/message";
import { onNotificationDeleted, onNotificationPayload } from "./reducers/notification";
import { onPresenceUpdate } from "./reducers/presence";
import { onTypingOff, onTypingOn } from "./reducers/typing";

/** Leaves the state alone: the event tells listeners something, the store nothing. */
const unchanged =
  <N extends UniLinkEventName>(): Reducer<N> =>
  (state) =>
    state;

/** The one table of how each event changes the store. Every known event has a row. */
export const reducers: { readonly [N in UniLinkEventName]: Reducer<N> } = {
  "message.created": onMessageCreated,
  "message.updated": onMessageUpdated,
  "first.reply.created": onFirstReplyCreated,
  "conversation.created": onConversationPayload,
  "conversation.updated": onConversationPayload,
  "conversation.status_changed": onConversationPayload,
  "conversation.read": onConversationPayload,
  "conversation.contact_changed": onConversationPayload,
  "conversation.mentioned": onConversationPayload,
  "assignee.changed": onConversationPayload,
  "team.changed": onConversationPayload,
  "conversation.typing_on": onTypingOn,
  "conversation.typing_off": onTypingOff,
  "contact.created": onContactPayload,
  "contact.updated": onContactPayload,
  "contact.merged": onContactPayload,
  "contact.deleted": onContactDeleted,
  "notification.created": onNotificationPayload,
  "notification.updated": onNotificationPayload,
  "notification.deleted": onNotificationDeleted,
  "account.cache_invalidated": unchanged(),
  "presence.update": onPresenceUpdate,
};
