import type {
  AttachmentPayload,
  ContactPayload,
  ConversationPayload,
  MessagePayload,
  NotificationPayload,
  UserPayload,
} from "../factories/types";
import type { PlatformContext } from "./context";
import type { ContactRow, ConversationRow, MessageRow, NotificationRow, UserRow } from "./records";

/** Conversation payloads as the platform sends them (times are null until they happen). */
export type PlatformConversationPayload = Omit<
  ConversationPayload,
  "waiting_since" | "agent_last_seen_at" | "contact_last_seen_at" | "snoozed_until"
> & {
  waiting_since: number | null;
  agent_last_seen_at: number | null;
  contact_last_seen_at: number | null;
  /** An ISO time, like the platform's (its other times are unix seconds). */
  snoozed_until: string | null;
};

/** The most unread messages the platform counts. */
const UNREAD_CAP = 10;

const seconds = (ms: number) => Math.floor(ms / 1000);
const iso = (ms: number) => new Date(ms).toISOString();
const nullableSeconds = (ms: number | null) => (ms === null ? null : seconds(ms));

/**
 * A User as in `sender`, `meta.assignee` and `performer`. Without a picture
 * the platform sends empty `avatar_url`/`thumbnail`; with `avatarBaseUrl`
 * (the dev server, which serves them) every user has one.
 */
export function userPayload(ctx: PlatformContext, user: UserRow): UserPayload {
  const avatar = ctx.avatarBaseUrl ? `${ctx.avatarBaseUrl}/users/${user.id}.svg` : "";
  return {
    id: user.id,
    name: user.name,
    available_name: user.name,
    avatar_url: avatar,
    type: "user",
    availability_status: user.availability,
    thumbnail: avatar,
  };
}

/** A Contact. */
export function contactPayload(contact: ContactRow): ContactPayload {
  return {
    additional_attributes: { ...contact.additionalAttributes },
    custom_attributes: { ...contact.customAttributes },
    email: contact.email,
    id: contact.id,
    identifier: contact.identifier,
    name: contact.name,
    phone_number: contact.phoneNumber,
    thumbnail: "",
    blocked: false,
    type: "contact",
  };
}

/** Incoming public messages since the agents last looked, capped like the platform. */
export function unreadCount(ctx: PlatformContext, conversation: ConversationRow): number {
  const unread = ctx
    .messagesOf(conversation)
    .filter(
      (m) =>
        m.messageType === 0 &&
        !m.private &&
        m.createdAtMs > (conversation.agentLastSeenAtMs ?? -Infinity),
    ).length;
  return Math.min(UNREAD_CAP, unread);
}

function attachmentPayload(message: MessageRow, index: number): AttachmentPayload {
  const attachment = message.attachments[index] as MessageRow["attachments"][number];
  const url = `https://files.example.com/attachments/${attachment.id}/${attachment.name}`;
  return {
    id: attachment.id,
    message_id: message.id,
    file_type: attachment.fileType,
    account_id: message.accountId,
    extension: attachment.extension,
    data_url: url,
    thumb_url: attachment.fileType === "image" ? `${url}?thumb=1` : "",
    file_size: attachment.fileSize,
    width: null,
    height: null,
  };
}

/**
 * A Message. `echo_id` appears only where the platform sends it (events and
 * the agent API's create answer): pass `withEchoId`.
 */
export function messagePayload(
  ctx: PlatformContext,
  message: MessageRow,
  withEchoId = false,
): MessagePayload {
  const conversation = ctx.conversation(message.accountId, message.conversationId);
  const contactInbox = ctx.contactInbox(conversation.contactInboxId);
  const payload: MessagePayload = {
    id: message.id,
    content: message.content,
    account_id: message.accountId,
    inbox_id: message.inboxId,
    conversation_id: message.conversationId,
    message_type: message.messageType,
    created_at: seconds(message.createdAtMs),
    updated_at: iso(message.updatedAtMs),
    private: message.private,
    status: message.status,
    source_id: null,
    content_type: message.contentType,
    content_attributes: message.contentAttributes,
    sender_type: message.senderType,
    sender_id: message.senderId,
    external_source_ids: {},
    additional_attributes: {},
    processed_message_content: message.content,
    sentiment: {},
    conversation: {
      assignee_id: conversation.assigneeId,
      unread_count: unreadCount(ctx, conversation),
      last_activity_at: seconds(conversation.lastActivityAtMs),
      contact_inbox: { source_id: contactInbox.sourceId },
    },
  };
  if (withEchoId && message.echoId) payload.echo_id = message.echoId;
  if (message.attachments.length > 0) {
    payload.attachments = message.attachments.map((_, index) => attachmentPayload(message, index));
  }
  if (message.senderType === "User" && message.senderId !== null) {
    payload.sender = userPayload(ctx, ctx.user(message.senderId));
  } else if (message.senderType === "Contact" && message.senderId !== null) {
    payload.sender = contactPayload(ctx.contact(message.senderId));
  }
  return payload;
}

/** The conversation preview: its newest public, non-activity message. */
function lastChatMessage(ctx: PlatformContext, conversation: ConversationRow) {
  const chat = ctx.messagesOf(conversation).filter((m) => !m.private && m.messageType !== 2);
  return chat[chat.length - 1];
}

/** A Conversation, with `messages: [last chat message]` and `meta`. */
export function conversationPayload(
  ctx: PlatformContext,
  conversation: ConversationRow,
): PlatformConversationPayload {
  const contactInbox = ctx.contactInbox(conversation.contactInboxId);
  const contact = ctx.contact(contactInbox.contactId);
  const assignee = conversation.assigneeId === null ? null : ctx.user(conversation.assigneeId);
  const team = ctx.data.teams.find((t) => t.id === conversation.teamId);
  const last = lastChatMessage(ctx, conversation);
  return {
    additional_attributes: {},
    can_reply: true,
    channel: ctx.inbox(conversation.inboxId).channel,
    contact_inbox: {
      id: contactInbox.id,
      contact_id: contact.id,
      inbox_id: contactInbox.inboxId,
      source_id: contactInbox.sourceId,
      created_at: iso(contactInbox.createdAtMs),
      updated_at: iso(contactInbox.createdAtMs),
      hmac_verified: false,
    },
    id: conversation.id,
    inbox_id: conversation.inboxId,
    messages: last ? [messagePayload(ctx, last)] : [],
    labels: [...conversation.labels],
    meta: {
      sender: contactPayload(contact),
      assignee: assignee ? userPayload(ctx, assignee) : null,
      assignee_type: assignee ? "User" : null,
      team: team ? { id: team.id, name: team.name } : null,
      hmac_verified: false,
    },
    status: conversation.status,
    custom_attributes: conversation.customAttributes,
    snoozed_until: conversation.snoozedUntilMs === null ? null : iso(conversation.snoozedUntilMs),
    unread_count: unreadCount(ctx, conversation),
    first_reply_created_at:
      conversation.firstReplyCreatedAtMs === null
        ? null
        : seconds(conversation.firstReplyCreatedAtMs),
    priority: conversation.priority,
    waiting_since:
      conversation.waitingSinceMs === null ? null : seconds(conversation.waitingSinceMs),
    agent_last_seen_at: nullableSeconds(conversation.agentLastSeenAtMs),
    contact_last_seen_at: nullableSeconds(conversation.contactLastSeenAtMs),
    last_activity_at: seconds(conversation.lastActivityAtMs),
    timestamp: seconds(conversation.lastActivityAtMs),
    created_at: seconds(conversation.createdAtMs),
    updated_at: conversation.updatedAt,
    account_id: conversation.accountId,
  };
}

/** The platform's (English) notification titles, by type. */
const NOTIFICATION_TITLES: Record<string, (id: number, inbox: string) => string> = {
  conversation_creation: (id, inbox) => `A conversation (#${id}) has been created in ${inbox}`,
  conversation_assignment: (id) => `A conversation (#${id}) has been assigned to you`,
  assigned_conversation_new_message: (id) => `A new message is created in conversation (#${id})`,
  participating_conversation_new_message: (id) =>
    `A new message is created in conversation (#${id})`,
  conversation_mention: (id) => `You have been mentioned in conversation (#${id})`,
};

function secondaryActor(ctx: PlatformContext, notification: NotificationRow) {
  const messageId = notification.secondaryMessageId;
  if (messageId != null) {
    const message = ctx.data.messages.find((m) => m.id === messageId);
    return message ? messagePayload(ctx, message) : null;
  }
  const userId = notification.secondaryUserId;
  return userId != null ? userPayload(ctx, ctx.user(userId)) : null;
}

/**
 * A Notification: `primary_actor` is the conversation, `secondary_actor`
 * the message it is about (or the agent who assigned), as on the platform.
 */
export function notificationPayload(
  ctx: PlatformContext,
  notification: NotificationRow,
): NotificationPayload {
  const conversation = ctx.conversation(notification.accountId, notification.conversationId);
  const title = NOTIFICATION_TITLES[notification.notificationType];
  return {
    id: notification.id,
    notification_type: notification.notificationType,
    primary_actor_type: "Conversation",
    primary_actor_id: conversation.id,
    primary_actor: conversationPayload(ctx, conversation) as unknown as ConversationPayload,
    read_at: notification.readAtMs === null ? null : seconds(notification.readAtMs),
    secondary_actor: secondaryActor(ctx, notification),
    user: userPayload(ctx, ctx.user(notification.userId)),
    created_at: seconds(notification.createdAtMs),
    last_activity_at: seconds(notification.createdAtMs),
    snoozed_until: null,
    meta: {},
    account_id: notification.accountId,
    push_message_title: title
      ? title(conversation.id, ctx.inbox(conversation.inboxId).name)
      : `Conversation #${conversation.id}`,
  };
}
