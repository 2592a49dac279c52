import type {
  AgentBotPayload,
  ContactPayload,
  ConversationPayload,
  MessagePayload,
  NotificationPayload,
  UserPayload,
} from "./types";

/** A broadcast message: what goes into a data frame's `message`. Pass to `server.broadcast(stream, e.event, e.data)`. */
export interface EventFrame<D extends object = Record<string, unknown>> {
  event: string;
  data: D & { account_id: number };
}

/** Extras a person-triggered event carries. */
export interface EventOptions {
  /** The User who triggered the change (`performer`). */
  performer?: UserPayload;
}

/** Unread counters sent with notification events. */
export interface NotificationCounts {
  unreadCount?: number;
  count?: number;
}

/** Whoever types in a typing event: an agent, a contact or a bot. */
export type Typist = UserPayload | ContactPayload | AgentBotPayload;

// The platform merges `account_id` (and `performer`) into every event's data.
function frame<D extends object>(
  event: string,
  data: D,
  accountId: number,
  options: EventOptions = {},
): EventFrame<D> {
  const withAccount = { ...data, account_id: accountId };
  return {
    event,
    data: options.performer ? { ...withAccount, performer: options.performer } : withAccount,
  };
}

const conversationEvent =
  (event: string) =>
  (conversation: ConversationPayload, options?: EventOptions): EventFrame<ConversationPayload> =>
    frame(event, conversation, conversation.account_id, options);

const contactEvent =
  (event: string) =>
  (contact: ContactPayload, accountId = 1): EventFrame<ContactPayload> =>
    frame(event, contact, accountId);

function typing(event: string) {
  return (conversation: ConversationPayload, user: Typist, isPrivate = false) =>
    frame(event, { conversation, user, is_private: isPrivate }, conversation.account_id);
}

function notificationEvent(event: string) {
  return (notification: NotificationPayload, counts: NotificationCounts = {}) =>
    frame(
      event,
      { notification, unread_count: counts.unreadCount ?? 1, count: counts.count ?? 1 },
      notification.account_id,
    );
}

/**
 * Builders of `{event, data}` exactly as the platform broadcasts them (dotted
 * names, `account_id` merged into data).
 *
 * @example
 * const e = events.messageCreated(buildMessage());
 * server.broadcast(token, e.event, e.data);
 */
export const events = {
  /** `message.created` */
  messageCreated: (message: MessagePayload, options?: EventOptions) =>
    frame("message.created", message, message.account_id, options),
  /** `message.updated`, with `previous_changes` (`{field: [old, new]}`). */
  messageUpdated: (
    message: MessagePayload,
    previousChanges: Record<string, [unknown, unknown]> = {},
    options?: EventOptions,
  ) =>
    frame(
      "message.updated",
      { ...message, previous_changes: previousChanges },
      message.account_id,
      options,
    ),
  /** `first.reply.created` */
  firstReplyCreated: (message: MessagePayload, options?: EventOptions) =>
    frame("first.reply.created", message, message.account_id, options),
  /** `conversation.created` */
  conversationCreated: conversationEvent("conversation.created"),
  /** `conversation.updated` */
  conversationUpdated: conversationEvent("conversation.updated"),
  /** `conversation.status_changed` */
  conversationStatusChanged: conversationEvent("conversation.status_changed"),
  /** `conversation.read` */
  conversationRead: conversationEvent("conversation.read"),
  /** `conversation.contact_changed` */
  conversationContactChanged: conversationEvent("conversation.contact_changed"),
  /** `conversation.mentioned` */
  conversationMentioned: conversationEvent("conversation.mentioned"),
  /** `assignee.changed` */
  assigneeChanged: conversationEvent("assignee.changed"),
  /** `team.changed` */
  teamChanged: conversationEvent("team.changed"),
  /** `conversation.typing_on`: `{conversation, user, is_private}` */
  typingOn: typing("conversation.typing_on"),
  /** `conversation.typing_off`: `{conversation, user, is_private}` */
  typingOff: typing("conversation.typing_off"),
  /** `contact.created` (account stream) */
  contactCreated: contactEvent("contact.created"),
  /** `contact.updated` */
  contactUpdated: contactEvent("contact.updated"),
  /** `contact.merged` */
  contactMerged: contactEvent("contact.merged"),
  /** `contact.deleted` */
  contactDeleted: contactEvent("contact.deleted"),
  /** `notification.created`: `{notification, unread_count, count}` */
  notificationCreated: notificationEvent("notification.created"),
  /** `notification.updated` */
  notificationUpdated: notificationEvent("notification.updated"),
  /** `notification.deleted`: `{notification: {id}, unread_count, count}` */
  notificationDeleted: (notificationId: number, accountId = 1, counts: NotificationCounts = {}) =>
    frame(
      "notification.deleted",
      {
        notification: { id: notificationId },
        unread_count: counts.unreadCount ?? 0,
        count: counts.count ?? 0,
      },
      accountId,
    ),
  /** `account.cache_invalidated`: `{cache_keys: {label, inbox, team}}` (timestamps). */
  accountCacheInvalidated: (
    accountId = 1,
    cacheKeys: { label: number; inbox: number; team: number } = {
      label: 1_717_243_200,
      inbox: 1_717_243_200,
      team: 1_717_243_200,
    },
  ) => frame("account.cache_invalidated", { cache_keys: cacheKeys }, accountId),
  /** `presence.update`: a full snapshot (`contacts` only for agents). */
  presenceUpdate: (
    accountId: number,
    users: Record<string, string>,
    contacts?: Record<string, string>,
  ) => ({
    event: "presence.update",
    data: contacts ? { account_id: accountId, users, contacts } : { account_id: accountId, users },
  }),
} as const;
