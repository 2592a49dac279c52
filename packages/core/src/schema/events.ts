import type * as z from "zod/mini";
import {
  type CacheInvalidatedEventData,
  CacheInvalidatedEventDataSchema,
  type ContactEventData,
  ContactEventDataSchema,
  type ConversationEventData,
  ConversationEventDataSchema,
  type MessageEventData,
  MessageEventDataSchema,
  type MessageUpdatedEventData,
  MessageUpdatedEventDataSchema,
  type NotificationDeletedEventData,
  NotificationDeletedEventDataSchema,
  type NotificationEventData,
  NotificationEventDataSchema,
  type PresenceUpdateEventData,
  PresenceUpdateEventDataSchema,
  type TypingEventData,
  TypingEventDataSchema,
} from "./event-data";

/** Every event the server sends, by name, with the type of its parsed `data`. */
export interface UniLinkEventMap {
  /** A message was created (not private notes or activity for contacts). */
  "message.created": MessageEventData;
  /** A message changed (status, content, deletion). */
  "message.updated": MessageUpdatedEventData;
  /** An agent's first reply in a conversation (agents only). */
  "first.reply.created": MessageEventData;
  /** A conversation was created. */
  "conversation.created": ConversationEventData;
  /** Status, assignee, team, labels, priority, snooze or attributes changed. */
  "conversation.updated": ConversationEventData;
  /** The status changed (a `conversation.updated` follows). */
  "conversation.status_changed": ConversationEventData;
  /** The contact read the conversation (`contact_last_seen_at` moved). */
  "conversation.read": ConversationEventData;
  /** Contacts were merged; `meta.sender` is the surviving contact. */
  "conversation.contact_changed": ConversationEventData;
  /** The signed-in agent was mentioned. */
  "conversation.mentioned": ConversationEventData;
  /** The assignee changed (a `conversation.updated` follows). */
  "assignee.changed": ConversationEventData;
  /** The team changed. */
  "team.changed": ConversationEventData;
  /** Someone started typing. */
  "conversation.typing_on": TypingEventData;
  /** Someone stopped typing. */
  "conversation.typing_off": TypingEventData;
  /** A contact was created (account stream). */
  "contact.created": ContactEventData;
  /** A contact changed. */
  "contact.updated": ContactEventData;
  /** Contacts were merged; this is the surviving one. */
  "contact.merged": ContactEventData;
  /** A contact (and its conversations) was deleted. */
  "contact.deleted": ContactEventData;
  /** A notification for the signed-in agent. */
  "notification.created": NotificationEventData;
  /** A notification changed (read, snoozed). */
  "notification.updated": NotificationEventData;
  /** A notification was deleted. */
  "notification.deleted": NotificationDeletedEventData;
  /** Labels, inboxes or teams changed: refetch them. */
  "account.cache_invalidated": CacheInvalidatedEventData;
  /** Who is online: a full snapshot, answering an `update_presence`. */
  "presence.update": PresenceUpdateEventData;
}

/** Name of an event the library knows (dotted, as on the wire). */
export type UniLinkEventName = keyof UniLinkEventMap;

/**
 * The zod schema of each known event's `data`: the reference the socket
 * path's validators (`validate/`) are tested against, and the source of the
 * `data` types. Not on the socket path itself.
 */
export const eventDataSchemas: { [N in UniLinkEventName]: z.ZodMiniType<UniLinkEventMap[N]> } = {
  "message.created": MessageEventDataSchema,
  "message.updated": MessageUpdatedEventDataSchema,
  "first.reply.created": MessageEventDataSchema,
  "conversation.created": ConversationEventDataSchema,
  "conversation.updated": ConversationEventDataSchema,
  "conversation.status_changed": ConversationEventDataSchema,
  "conversation.read": ConversationEventDataSchema,
  "conversation.contact_changed": ConversationEventDataSchema,
  "conversation.mentioned": ConversationEventDataSchema,
  "assignee.changed": ConversationEventDataSchema,
  "team.changed": ConversationEventDataSchema,
  "conversation.typing_on": TypingEventDataSchema,
  "conversation.typing_off": TypingEventDataSchema,
  "contact.created": ContactEventDataSchema,
  "contact.updated": ContactEventDataSchema,
  "contact.merged": ContactEventDataSchema,
  "contact.deleted": ContactEventDataSchema,
  "notification.created": NotificationEventDataSchema,
  "notification.updated": NotificationEventDataSchema,
  "notification.deleted": NotificationDeletedEventDataSchema,
  "account.cache_invalidated": CacheInvalidatedEventDataSchema,
  "presence.update": PresenceUpdateEventDataSchema,
};

/**
 * Spellings from the public guide that never appear on the wire, mapped to
 * the dotted name they stand for (accepted anyway, in case a server uses them).
 */
export const eventNameAliases: Readonly<Record<string, UniLinkEventName>> = {
  notification_created: "notification.created",
  conversation_typing_on: "conversation.typing_on",
  conversation_typing_off: "conversation.typing_off",
};

/** A parsed event of a known name. `unknown` is absent, which narrows a {@link UniLinkEvent}. */
export type KnownUniLinkEvent = {
  [N in UniLinkEventName]: { event: N; data: UniLinkEventMap[N]; unknown?: undefined };
}[UniLinkEventName];

/**
 * An event whose name the library does not know (a newer server): handed to
 * `"*"` listeners as received, stored nowhere.
 */
export interface UnknownUniLinkEvent {
  /** The name as received. */
  event: string;
  /** The unvalidated `data`. */
  data: unknown;
  /** Always true: check it first to narrow to {@link KnownUniLinkEvent}. */
  unknown: true;
}

/** Any parsed event. Narrow with `!event.unknown` and `event.event`. */
export type UniLinkEvent = KnownUniLinkEvent | UnknownUniLinkEvent;

/** The parsed event of one known name. */
export type UniLinkEventOf<N extends UniLinkEventName> = Extract<KnownUniLinkEvent, { event: N }>;

/**
 * A listener for one event name (gets the typed `data`, then the whole event)
 * or for `"*"` (gets every event, unknown ones included).
 */
export type UniLinkEventListener<N extends UniLinkEventName | "*"> = N extends "*"
  ? (event: UniLinkEvent) => void
  : N extends UniLinkEventName
    ? (data: UniLinkEventMap[N], event: UniLinkEventOf<N>) => void
    : never;

/** True when `event` is the known event `name`; narrows its `data`. */
export function isUniLinkEvent<N extends UniLinkEventName>(
  event: UniLinkEvent,
  name: N,
): event is UniLinkEventOf<N> {
  return event.unknown !== true && event.event === name;
}
