import type { FactoryContext } from "./context";
import { buildConversationWith } from "./conversation";
import type { ConversationPayload, NotificationPayload, UserPayload } from "./types";
import { buildUserWith } from "./user";

/** What a built notification is about and for whom. */
export interface NotificationContext {
  /** The primary actor. Default: a new conversation. */
  conversation?: ConversationPayload;
  /** The notified agent. Default: the conversation's assignee, else a new user. */
  user?: UserPayload;
}

/** Builds an unread `conversation_assignment` Notification. */
export function buildNotificationWith(
  ctx: FactoryContext,
  overrides: Partial<NotificationPayload> = {},
  context: NotificationContext = {},
): NotificationPayload {
  const conversation = context.conversation ?? buildConversationWith(ctx);
  const assignee = conversation.meta.assignee;
  const user = context.user ?? (assignee?.type === "user" ? assignee : buildUserWith(ctx));
  const id = ctx.nextId("notification");
  const createdAt = ctx.tick();
  return {
    id,
    notification_type: "conversation_assignment",
    primary_actor_type: "Conversation",
    primary_actor_id: conversation.id,
    primary_actor: conversation,
    read_at: null,
    secondary_actor: null,
    user,
    created_at: createdAt,
    last_activity_at: createdAt,
    snoozed_until: null,
    meta: {},
    account_id: conversation.account_id,
    push_message_title: `A conversation (#${conversation.id}) has been assigned to you`,
    ...overrides,
  };
}
