import { PlatformError } from "./errors";
import { notify } from "./notification-ops";
import { conversationPayload, messagePayload } from "./present";
import type { AttachmentRow, ConversationRow, MessageRow } from "./records";
import { emitConversationEvent, type PlatformRuntime } from "./runtime";

/** Who writes a message. */
export type MessageAuthor =
  | { kind: "contact" }
  | { kind: "agent"; userId: number }
  | { kind: "system" };

/** A message to create. */
export interface MessageInit {
  author: MessageAuthor;
  content: string | null;
  /** Private note (agents only). */
  private?: boolean;
  /** Default: 0 for a contact, 1 for an agent, 2 (activity) for the system. */
  messageType?: MessageRow["messageType"];
  contentType?: string;
  contentAttributes?: Record<string, unknown>;
  /** The sender's optimistic id: a second send with the same one returns the first message. */
  echoId?: string | null;
  attachments?: Omit<AttachmentRow, "id">[];
}

/** What {@link createMessage} did. */
export interface CreatedMessage {
  message: MessageRow;
  /** False when an earlier send with the same echo id was returned instead. */
  created: boolean;
}

function defaultType(author: MessageAuthor): MessageRow["messageType"] {
  if (author.kind === "contact") return 0;
  return author.kind === "agent" ? 1 : 2;
}

/**
 * Stores a message, moves its conversation (activity, waiting, first reply,
 * `updated_at`) and sends `message.created` (plus `first.reply.created` for
 * an agent's first public reply). Idempotent per conversation and echo id.
 */
export function createMessage(
  runtime: PlatformRuntime,
  conversation: ConversationRow,
  init: MessageInit,
): CreatedMessage {
  const { ctx } = runtime;
  if (init.echoId) {
    const earlier = ctx.messagesOf(conversation).find((m) => m.echoId === init.echoId);
    if (earlier) return { message: earlier, created: false };
  }
  const hasAttachments = (init.attachments?.length ?? 0) > 0;
  if ((init.content == null || init.content === "") && !hasAttachments) {
    throw new PlatformError(422, "content can't be blank");
  }
  const now = ctx.now();
  const messageType = init.messageType ?? defaultType(init.author);
  const author = init.author;
  const message: MessageRow = {
    id: ctx.nextId("message"),
    accountId: conversation.accountId,
    conversationId: conversation.id,
    inboxId: conversation.inboxId,
    content: init.content,
    messageType,
    private: author.kind === "agent" && init.private === true,
    contentType: init.contentType ?? "text",
    contentAttributes: init.contentAttributes ?? {},
    senderType: author.kind === "agent" ? "User" : author.kind === "contact" ? "Contact" : null,
    senderId:
      author.kind === "agent"
        ? author.userId
        : author.kind === "contact"
          ? ctx.contactInbox(conversation.contactInboxId).contactId
          : null,
    echoId: init.echoId ?? null,
    status: "sent",
    createdAtMs: now,
    updatedAtMs: now,
    attachments: (init.attachments ?? []).map((a) => ({ ...a, id: ctx.nextId("attachment") })),
  };
  ctx.data.messages.push(message);
  if (messageType === 0) reopenForIncoming(runtime, conversation);
  const firstReply = moveConversation(conversation, message, now);
  conversation.updatedAt = ctx.stamp();
  const performer = author.kind === "agent" ? ctx.user(author.userId) : undefined;
  const payload = messagePayload(ctx, message, true);
  emitConversationEvent(runtime, "message.created", conversation, payload, { message }, performer);
  if (firstReply) {
    emitConversationEvent(runtime, "first.reply.created", conversation, payload, {}, performer);
  }
  notifyAssignee(runtime, conversation, message);
  return { message, created: true };
}

/**
 * A contact writing to a snoozed or resolved conversation opens it again
 * (before its `message.created`, as on the platform): `conversation.status_changed`
 * and `conversation.updated`.
 */
function reopenForIncoming(runtime: PlatformRuntime, conversation: ConversationRow): void {
  if (conversation.status !== "snoozed" && conversation.status !== "resolved") return;
  conversation.status = "open";
  conversation.snoozedUntilMs = null;
  conversation.updatedAt = runtime.ctx.stamp();
  emitConversation(runtime, "conversation.status_changed", conversation);
  emitConversation(runtime, "conversation.updated", conversation);
}

/**
 * The platform's new-message notification: the conversation's assignee hears
 * of a public message someone else wrote (`assigned_conversation_new_message`,
 * its `secondary_actor` the message).
 */
function notifyAssignee(
  runtime: PlatformRuntime,
  conversation: ConversationRow,
  message: MessageRow,
): void {
  const assigneeId = conversation.assigneeId;
  if (assigneeId === null || message.private || message.messageType > 1) return;
  if (message.senderType === "User" && message.senderId === assigneeId) return;
  notify(runtime, assigneeId, conversation, "assigned_conversation_new_message", {
    messageId: message.id,
  });
}

/** Applies a new message to its conversation; true when it is the first agent reply. */
function moveConversation(conversation: ConversationRow, message: MessageRow, now: number) {
  if (message.messageType === 2) return false;
  conversation.lastActivityAtMs = now;
  if (message.messageType === 0) {
    conversation.waitingSinceMs ??= now;
    return false;
  }
  if (message.private || message.messageType !== 1) return false;
  conversation.waitingSinceMs = null;
  if (conversation.firstReplyCreatedAtMs !== null) return false;
  conversation.firstReplyCreatedAtMs = now;
  return true;
}

/** Sends `message.updated` for a changed message (with `previous_changes`). */
export function emitMessageUpdated(
  runtime: PlatformRuntime,
  conversation: ConversationRow,
  message: MessageRow,
  previousChanges: Record<string, [unknown, unknown]>,
): void {
  const payload = {
    ...messagePayload(runtime.ctx, message),
    previous_changes: previousChanges,
  };
  emitConversationEvent(runtime, "message.updated", conversation, payload, { message });
}

/** Sends a conversation event with the conversation's current payload. */
export function emitConversation(
  runtime: PlatformRuntime,
  event: string,
  conversation: ConversationRow,
  performerId?: number,
): void {
  const performer = performerId === undefined ? undefined : runtime.ctx.user(performerId);
  const payload = conversationPayload(runtime.ctx, conversation);
  emitConversationEvent(runtime, event, conversation, payload, {}, performer);
}
