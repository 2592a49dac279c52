import * as z from "zod/mini";
import { type Contact, contactShape } from "./contact";
import { type Conversation, ConversationSchema, conversationShape } from "./conversation";
import { type Message, messageShape } from "./message";
import { type Notification, NotificationSchema } from "./notification";
import { IdSchema, LooseRecordSchema } from "./primitives";
import { type Participant, ParticipantSchema } from "./user";

/** Fields the server adds to every event's `data`. */
export interface EventEnvelopeFields {
  /** The account the event belongs to; events of other accounts are dropped. */
  account_id?: number | null;
  /** The person whose action caused the event, when there is one. */
  performer?: Participant | null;
}

const envelopeShape = {
  account_id: z.nullish(IdSchema),
  performer: z.nullish(ParticipantSchema),
};

/** `data` of `conversation.*`, `assignee.changed`, `team.changed`: a conversation. */
export type ConversationEventData = Conversation & EventEnvelopeFields;

/** Validates {@link ConversationEventData}. */
export const ConversationEventDataSchema: z.ZodMiniType<ConversationEventData> = z.looseObject({
  ...conversationShape,
  ...envelopeShape,
});

/** `data` of `message.created` and `first.reply.created`: a message. */
export type MessageEventData = Message & EventEnvelopeFields;

/** Validates {@link MessageEventData}. */
export const MessageEventDataSchema: z.ZodMiniType<MessageEventData> = z.looseObject({
  ...messageShape,
  ...envelopeShape,
});

/** `data` of `message.updated`: a message plus what changed (`{field: [old, new]}`), when sent. */
export type MessageUpdatedEventData = MessageEventData & {
  /** Changed fields as `[old, new]` pairs; older servers omit it. */
  previous_changes?: Record<string, unknown> | null;
};

/** Validates {@link MessageUpdatedEventData}. */
export const MessageUpdatedEventDataSchema: z.ZodMiniType<MessageUpdatedEventData> = z.looseObject({
  ...messageShape,
  ...envelopeShape,
  previous_changes: z.nullish(LooseRecordSchema),
});

/** `data` of `contact.*`: a contact. */
export type ContactEventData = Contact & EventEnvelopeFields;

/** Validates {@link ContactEventData}. */
export const ContactEventDataSchema: z.ZodMiniType<ContactEventData> = z.looseObject({
  ...contactShape,
  ...envelopeShape,
});

/** `data` of `conversation.typing_on` / `conversation.typing_off`. */
export interface TypingEventData extends EventEnvelopeFields {
  /** The conversation being typed in. */
  conversation: Conversation;
  /** Who types: a user, contact or bot (see `type`). */
  user: Participant;
  /** True when an agent types a private note; `false` when the server omits it. */
  is_private: boolean;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

/** Validates {@link TypingEventData}. */
export const TypingEventDataSchema: z.ZodMiniType<TypingEventData> = z.looseObject({
  ...envelopeShape,
  conversation: ConversationSchema,
  user: ParticipantSchema,
  is_private: z.pipe(
    z.nullish(z.boolean()),
    z.transform((value: boolean | null | undefined) => value === true),
  ),
});

/** `data` of `notification.created` / `notification.updated`. */
export interface NotificationEventData extends EventEnvelopeFields {
  /** The notification. */
  notification: Notification;
  /** Unread notifications of the owner after this change. */
  unread_count?: number | null;
  /** All notifications of the owner after this change. */
  count?: number | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

const countsShape = {
  ...envelopeShape,
  unread_count: z.nullish(z.number()),
  count: z.nullish(z.number()),
};

/** Validates {@link NotificationEventData}. */
export const NotificationEventDataSchema: z.ZodMiniType<NotificationEventData> = z.looseObject({
  ...countsShape,
  notification: NotificationSchema,
});

/** `data` of `notification.deleted`: only the id survives. */
export interface NotificationDeletedEventData extends EventEnvelopeFields {
  /** The deleted notification. */
  notification: { id: number; [key: string]: unknown };
  /** Unread notifications of the owner after this change. */
  unread_count?: number | null;
  /** All notifications of the owner after this change. */
  count?: number | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

/** Validates {@link NotificationDeletedEventData}. */
export const NotificationDeletedEventDataSchema: z.ZodMiniType<NotificationDeletedEventData> =
  z.looseObject({ ...countsShape, notification: z.looseObject({ id: IdSchema }) });

/** `data` of `account.cache_invalidated`: which account-level lists to refetch. */
export interface CacheInvalidatedEventData extends EventEnvelopeFields {
  /** Timestamps of the `label`, `inbox` and `team` caches. */
  cache_keys?: Record<string, unknown> | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

/** Validates {@link CacheInvalidatedEventData}. */
export const CacheInvalidatedEventDataSchema: z.ZodMiniType<CacheInvalidatedEventData> =
  z.looseObject({ ...envelopeShape, cache_keys: z.nullish(LooseRecordSchema) });

/** `data` of `presence.update`: a full snapshot of who is online (keys are ids as strings). */
export interface PresenceUpdateEventData extends EventEnvelopeFields {
  /** Agent id -> `online` | `busy` | `offline`; agents missing are offline. */
  users?: Record<string, string> | null;
  /** Contact id -> `online`; sent to agents only. */
  contacts?: Record<string, string> | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

const statusMapSchema = z.nullish(z.record(z.string(), z.string()));

/** Validates {@link PresenceUpdateEventData}. */
export const PresenceUpdateEventDataSchema: z.ZodMiniType<PresenceUpdateEventData> = z.looseObject({
  ...envelopeShape,
  users: statusMapSchema,
  contacts: statusMapSchema,
});
