import { buildAttachmentWith } from "./attachment";
import { buildContactWith } from "./contact";
import { FactoryContext, type FactoryOptions } from "./context";
import { buildConversationWith, type ConversationOverrides } from "./conversation";
import { buildMessageWith, type MessageContext } from "./message";
import { buildNotificationWith, type NotificationContext } from "./notification";
import { buildTeamWith } from "./team";
import type {
  AgentBotPayload,
  AttachmentPayload,
  ContactPayload,
  ConversationPayload,
  MessagePayload,
  NotificationPayload,
  TeamPayload,
  UserPayload,
} from "./types";
import { buildAgentBotWith, buildUserWith } from "./user";

/** A set of payload builders sharing one id sequence, clock and random source. */
export interface Factories {
  /** A Conversation with sender, assignee, team and its last message. */
  conversation(overrides?: ConversationOverrides): ConversationPayload;
  /** A Message; pass `{conversation}` to put it in one. */
  message(overrides?: Partial<MessagePayload>, context?: MessageContext): MessagePayload;
  /** A Contact. */
  contact(overrides?: Partial<ContactPayload>): ContactPayload;
  /** An agent/admin User. */
  user(overrides?: Partial<UserPayload>): UserPayload;
  /** An AgentBot. */
  agentBot(overrides?: Partial<AgentBotPayload>): AgentBotPayload;
  /** A Notification about a conversation. */
  notification(
    overrides?: Partial<NotificationPayload>,
    context?: NotificationContext,
  ): NotificationPayload;
  /** An attachment (set `message_id` yourself, or use `message(_, {attachments})`). */
  attachment(overrides?: Partial<AttachmentPayload>): AttachmentPayload;
  /** A team as in `meta.team`. */
  team(overrides?: Partial<TeamPayload>): TeamPayload;
}

/**
 * Creates deterministic payload builders: the same seed and call order give
 * the same payloads; ids of each kind count 1, 2, 3...
 */
export function createFactories(seed = 1, options: FactoryOptions = {}): Factories {
  const ctx = new FactoryContext(seed, options);
  return {
    conversation: (overrides) => buildConversationWith(ctx, overrides),
    message: (overrides, context) => buildMessageWith(ctx, overrides, context),
    contact: (overrides) => buildContactWith(ctx, overrides),
    user: (overrides) => buildUserWith(ctx, overrides),
    agentBot: (overrides) => buildAgentBotWith(ctx, overrides),
    notification: (overrides, context) => buildNotificationWith(ctx, overrides, context),
    attachment: (overrides) => buildAttachmentWith(ctx, overrides),
    team: (overrides) => buildTeamWith(ctx, overrides),
  };
}
