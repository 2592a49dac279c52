import { PlatformError } from "./errors";
import { createMessage, emitConversation, emitMessageUpdated } from "./message-ops";
import { notify } from "./notification-ops";
import { contactPayload, conversationPayload, userPayload } from "./present";
import type { ConversationRow } from "./records";
import { emitConversationEvent, type PlatformRuntime } from "./runtime";

/** Arguments of `createConversation`. */
export interface ConversationInit {
  /** The contact session (`contact_inbox` id) the conversation belongs to. */
  contactInboxId: number;
  status?: ConversationRow["status"];
  assigneeId?: number | null;
  labels?: string[];
  priority?: ConversationRow["priority"];
  customAttributes?: Record<string, unknown>;
  /** Incoming messages to start with (sent as events after `conversation.created`). */
  messages?: string[];
}

const STATUSES: readonly string[] = ["open", "resolved", "pending", "snoozed"];

/** Opens a conversation for a contact session; sends `conversation.created` (agents + contact). */
export function createConversation(runtime: PlatformRuntime, init: ConversationInit) {
  const { ctx } = runtime;
  const contactInbox = ctx.contactInbox(init.contactInboxId);
  const inbox = ctx.inbox(contactInbox.inboxId);
  const account = ctx.account(inbox.accountId);
  if (init.assigneeId != null && !ctx.user(init.assigneeId).accountIds.includes(account.id)) {
    throw new PlatformError(422, `user ${init.assigneeId} is not in account ${account.id}`);
  }
  const now = ctx.now();
  const conversation: ConversationRow = {
    accountId: account.id,
    id: account.nextDisplayId++,
    inboxId: inbox.id,
    contactInboxId: contactInbox.id,
    status: init.status ?? "open",
    assigneeId: init.assigneeId ?? null,
    teamId: null,
    labels: init.labels ?? [],
    priority: init.priority ?? null,
    createdAtMs: now,
    updatedAt: ctx.stamp(),
    lastActivityAtMs: now,
    agentLastSeenAtMs: null,
    contactLastSeenAtMs: null,
    firstReplyCreatedAtMs: null,
    waitingSinceMs: null,
    customAttributes: init.customAttributes ?? {},
    snoozedUntilMs: null,
  };
  ctx.data.conversations.push(conversation);
  emitConversation(runtime, "conversation.created", conversation);
  for (const content of init.messages ?? []) {
    createMessage(runtime, conversation, { author: { kind: "contact" }, content });
  }
  return conversation;
}

/**
 * Status change: `conversation.status_changed` AND `conversation.updated`,
 * like the platform. `snoozedUntilMs` goes with `snoozed` (null: until the
 * next reply); any other status clears it.
 */
export function changeStatus(
  runtime: PlatformRuntime,
  conversation: ConversationRow,
  status: string,
  performerId?: number,
  snoozedUntilMs: number | null = null,
): void {
  if (!STATUSES.includes(status)) throw new PlatformError(422, `unknown status ${status}`);
  if (conversation.status === status) return;
  conversation.status = status as ConversationRow["status"];
  conversation.snoozedUntilMs = status === "snoozed" ? snoozedUntilMs : null;
  conversation.updatedAt = runtime.ctx.stamp();
  emitConversation(runtime, "conversation.status_changed", conversation, performerId);
  emitConversation(runtime, "conversation.updated", conversation, performerId);
}

/**
 * Assignment: `assignee.changed` AND `conversation.updated`, plus a
 * `conversation_assignment` notification for the new assignee.
 */
export function assign(
  runtime: PlatformRuntime,
  conversation: ConversationRow,
  assigneeId: number | null,
  performerId?: number,
): void {
  const { ctx } = runtime;
  if (assigneeId !== null && !ctx.user(assigneeId).accountIds.includes(conversation.accountId)) {
    throw new PlatformError(422, `user ${assigneeId} is not in account ${conversation.accountId}`);
  }
  if (conversation.assigneeId === assigneeId) return;
  conversation.assigneeId = assigneeId;
  conversation.updatedAt = ctx.stamp();
  emitConversation(runtime, "assignee.changed", conversation, performerId);
  emitConversation(runtime, "conversation.updated", conversation, performerId);
  if (assigneeId !== null && assigneeId !== performerId) {
    notify(runtime, assigneeId, conversation, "conversation_assignment", {
      userId: performerId,
    });
  }
}

/** Who is typing. */
export type Typist = { kind: "agent"; userId: number } | { kind: "contact" };

/** `conversation.typing_on`/`_off` to everyone but the typist (private: agents only). */
export function setTyping(
  runtime: PlatformRuntime,
  conversation: ConversationRow,
  typist: Typist,
  on: boolean,
  isPrivate = false,
): void {
  const { ctx } = runtime;
  const user =
    typist.kind === "agent"
      ? userPayload(ctx, ctx.user(typist.userId))
      : contactPayload(ctx.contact(ctx.contactInbox(conversation.contactInboxId).contactId));
  const data = {
    conversation: conversationPayload(ctx, conversation),
    user,
    is_private: typist.kind === "agent" && isPrivate,
  };
  const event = on ? "conversation.typing_on" : "conversation.typing_off";
  emitConversationEvent(runtime, event, conversation, data, {
    typist,
    isPrivate: data.is_private,
  });
}

/** An agent looked: unread drops to 0. The platform sends no event for it. */
export function markSeenByAgent(runtime: PlatformRuntime, conversation: ConversationRow): void {
  conversation.agentLastSeenAtMs = runtime.ctx.now();
}

/**
 * The contact looked: agents get `conversation.read`, and earlier agent
 * messages become `read` (each a `message.updated`).
 */
export function markSeenByContact(runtime: PlatformRuntime, conversation: ConversationRow): void {
  const { ctx } = runtime;
  const now = ctx.now();
  conversation.contactLastSeenAtMs = now;
  emitConversation(runtime, "conversation.read", conversation);
  for (const message of ctx.messagesOf(conversation)) {
    if (message.messageType !== 1 || message.private || message.status === "read") continue;
    const previous = message.status;
    message.status = "read";
    message.updatedAtMs = now;
    emitMessageUpdated(runtime, conversation, message, { status: [previous, "read"] });
  }
}
