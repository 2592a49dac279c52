import * as z from "zod/mini";
import { type Attachment, AttachmentSchema } from "./attachment";
import { MessageType, type MessageTypeValue } from "./message-type";
import { IdSchema, LooseRecordSchema, openString, TimestampSchema } from "./primitives";
import { type Participant, ParticipantSchema } from "./user";

const byName: Record<string, number> = MessageType;

/** `message_type`: accepts the integer the socket sends, or the name some REST payloads use. */
const MessageTypeSchema = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((value: number | string, ctx): MessageTypeValue => {
    if (typeof value === "number") return value;
    // Own keys only: "constructor" or "toString" are not message types.
    const known = Object.hasOwn(byName, value) ? byName[value] : undefined;
    if (known !== undefined) return known;
    if (/^\d+$/.test(value)) return Number(value);
    ctx.issues.push({ code: "custom", message: "unknown message_type", input: value });
    return z.NEVER;
  }),
);

/** Delivery state of a message. */
export type MessageStatus = "sent" | "delivered" | "read" | "failed" | (string & {});

/** Structured extras of a message; `deleted: true` marks a deleted message. */
export interface MessageContentAttributes {
  /** Set when the message was deleted; its content is then a placeholder. */
  deleted?: boolean | null;
  /** Any other attribute (items of an `input_select`, a form's values, ...). */
  [key: string]: unknown;
}

/** The slice of its conversation that a message payload carries. */
export interface MessageConversationSummary {
  /** Assigned agent id. */
  assignee_id?: number | null;
  /** Server's unread count after this message. */
  unread_count?: number | null;
  /** Conversation activity after this message, unix seconds. */
  last_activity_at?: number | null;
  /** Other fields (`contact_inbox`, ...). */
  [key: string]: unknown;
}

/** Every field of a message except `id` and `status` (shared with pending messages). */
export interface MessageFields {
  /** Display id of the conversation it belongs to. */
  conversation_id: number;
  /** Creation time, unix seconds; orders a conversation's messages. */
  created_at: number;
  /** Last change, unix seconds; an older update never overwrites a newer one. */
  updated_at?: number | null;
  /** Text; a placeholder once deleted. */
  content?: string | null;
  /** 0 incoming, 1 outgoing, 2 activity, 3 template. */
  message_type?: MessageTypeValue | null;
  /** `text`, `input_select`, `cards`, `form`, `article`, `incoming_email`, ... */
  content_type?: string | null;
  /** Structured extras; `deleted: true` marks a deleted message. */
  content_attributes?: MessageContentAttributes | null;
  /** Private note (never shown to the contact). */
  private?: boolean | null;
  /** Id of the message on the external channel. */
  source_id?: string | number | null;
  /** `"User"`, `"Contact"`, `"AgentBot"`, ... */
  sender_type?: string | null;
  /** Id of the sender within `sender_type`. */
  sender_id?: number | null;
  /** Who wrote it. */
  sender?: Participant | null;
  /** Files attached. */
  attachments?: Attachment[] | null;
  /** The sender's optimistic id, when it supplied one. */
  echo_id?: string | null;
  /** Account id. */
  account_id?: number | null;
  /** Inbox id. */
  inbox_id?: number | null;
  /** Ids on external channels. */
  external_source_ids?: Record<string, unknown> | null;
  /** Conversation state after this message. */
  conversation?: MessageConversationSummary | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

/**
 * A message as pushed by the server. Timestamps are unix seconds
 * (`updated_at` arrives as an ISO string and is converted). Unknown fields are kept.
 */
export interface Message extends MessageFields {
  /** Message id. */
  id: number;
  /** Delivery state. */
  status?: MessageStatus | null;
}

/** Fields of a message payload; event schemas extend it. */
export const messageShape = {
  id: IdSchema,
  conversation_id: IdSchema,
  created_at: TimestampSchema,
  updated_at: z.nullish(TimestampSchema),
  content: z.nullish(z.string()),
  message_type: z.nullish(MessageTypeSchema),
  content_type: z.nullish(z.string()),
  content_attributes: z.nullish(z.looseObject({ deleted: z.nullish(z.boolean()) })),
  private: z.nullish(z.boolean()),
  status: z.nullish(openString<MessageStatus>()),
  source_id: z.nullish(z.union([z.string(), z.number()])),
  sender_type: z.nullish(z.string()),
  sender_id: z.nullish(IdSchema),
  sender: z.nullish(ParticipantSchema),
  attachments: z.nullish(z.array(AttachmentSchema)),
  echo_id: z.nullish(
    z.pipe(
      z.union([z.string(), z.number()]),
      z.transform((value: string | number) => String(value)),
    ),
  ),
  account_id: z.nullish(IdSchema),
  inbox_id: z.nullish(IdSchema),
  external_source_ids: z.nullish(LooseRecordSchema),
  conversation: z.nullish(
    z.looseObject({
      assignee_id: z.nullish(IdSchema),
      unread_count: z.nullish(z.number()),
      last_activity_at: z.nullish(TimestampSchema),
    }),
  ),
};

/** Validates and normalizes a {@link Message}. */
export const MessageSchema: z.ZodMiniType<Message> = z.looseObject(messageShape);
