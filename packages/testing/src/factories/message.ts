import { buildAttachmentWith } from "./attachment";
import { buildContactWith } from "./contact";
import { type FactoryContext, isoTime } from "./context";
import { MESSAGE_CONTENTS } from "./names";
import type {
  AgentBotPayload,
  AttachmentPayload,
  ContactPayload,
  ConversationPayload,
  MessageConversationPayload,
  MessagePayload,
  UserPayload,
} from "./types";
import { buildUserWith } from "./user";

/** Who/where a built message belongs to. */
export interface MessageContext {
  /** Sets conversation_id, inbox_id, account_id, the nested summary and the default sender. */
  conversation?: ConversationPayload;
  /** Explicit sender; `null` for none (activity messages have none by default). */
  sender?: ContactPayload | UserPayload | AgentBotPayload | null;
  /** Attachments to build (their `message_id` is this message's id). */
  attachments?: Partial<AttachmentPayload>[];
}

const SENDER_TYPES = { contact: "Contact", user: "User", agent_bot: "AgentBot" } as const;

function defaultSender(
  ctx: FactoryContext,
  messageType: number,
  conversation: ConversationPayload | undefined,
): ContactPayload | UserPayload | AgentBotPayload | null {
  if (messageType === 0) return conversation?.meta.sender ?? buildContactWith(ctx);
  if (messageType !== 1) return null;
  const assignee = conversation?.meta.assignee;
  return assignee?.type === "user" ? assignee : buildUserWith(ctx);
}

function summaryOf(
  conversation: ConversationPayload | undefined,
  createdAt: number,
  sourceId: string,
): MessageConversationPayload {
  if (!conversation) {
    return {
      assignee_id: null,
      unread_count: 1,
      last_activity_at: createdAt,
      contact_inbox: { source_id: sourceId },
    };
  }
  const { assignee } = conversation.meta;
  return {
    assignee_id: assignee?.type === "user" ? assignee.id : null,
    unread_count: conversation.unread_count,
    last_activity_at: Math.max(conversation.last_activity_at, createdAt),
    contact_inbox: { source_id: conversation.contact_inbox.source_id },
  };
}

/** Builds a Message (incoming text from a contact unless overridden). */
export function buildMessageWith(
  ctx: FactoryContext,
  overrides: Partial<MessagePayload> = {},
  context: MessageContext = {},
): MessagePayload {
  const { conversation } = context;
  const { sender: senderOverride, ...rest } = overrides;
  const id = overrides.id ?? ctx.nextId("message");
  const createdAt = overrides.created_at ?? ctx.tick();
  const messageType = overrides.message_type ?? 0;
  const sender =
    senderOverride ??
    (context.sender !== undefined ? context.sender : defaultSender(ctx, messageType, conversation));
  const sourceId = ctx.random.uuid();
  const message: MessagePayload = {
    id,
    content: ctx.random.pick(MESSAGE_CONTENTS),
    account_id: conversation?.account_id ?? ctx.accountId,
    inbox_id: conversation?.inbox_id ?? ctx.inboxId,
    conversation_id: conversation?.id ?? 1,
    message_type: messageType,
    created_at: createdAt,
    updated_at: isoTime(createdAt),
    private: false,
    status: "sent",
    source_id: null,
    content_type: "text",
    content_attributes: {},
    sender_type: sender ? SENDER_TYPES[sender.type] : null,
    sender_id: sender ? sender.id : null,
    external_source_ids: {},
    additional_attributes: {},
    processed_message_content: null,
    sentiment: {},
    conversation: summaryOf(conversation, createdAt, sourceId),
    ...rest,
  };
  message.processed_message_content = overrides.processed_message_content ?? message.content;
  if (context.attachments?.length) {
    message.attachments = context.attachments.map((a) =>
      buildAttachmentWith(ctx, { account_id: message.account_id, ...a, message_id: id }),
    );
  }
  if (sender) message.sender = sender;
  return message;
}
