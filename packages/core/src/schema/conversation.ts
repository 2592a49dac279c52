import * as z from "zod/mini";
import { type Contact, ContactSchema } from "./contact";
import { type Message, MessageSchema } from "./message";
import { IdSchema, LooseRecordSchema, openString, TimestampSchema } from "./primitives";
import { type Team, TeamSchema } from "./team";
import { type Participant, ParticipantSchema } from "./user";

/** Where a conversation is in its life. */
export type ConversationStatus = "open" | "resolved" | "pending" | "snoozed" | (string & {});

/** Conversation priority, `null` when none is set. */
export type ConversationPriority = "low" | "medium" | "high" | "urgent" | (string & {});

/** People around a conversation. */
export interface ConversationMeta {
  /** The contact the conversation is with. */
  sender?: Contact | null;
  /** The agent or bot it is assigned to. */
  assignee?: Participant | null;
  /** `"User"` or `"AgentBot"`. */
  assignee_type?: string | null;
  /** The team it is assigned to. */
  team?: Team | null;
  /** Whether the contact's identity was verified. */
  hmac_verified?: boolean | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

/**
 * A conversation. `id` is the per-account display id, the one every
 * message's `conversation_id` uses. All timestamps are unix seconds.
 * Unknown fields are kept.
 */
export interface Conversation {
  /** Display id. */
  id: number;
  /** Account id. */
  account_id?: number | null;
  /** Inbox id. */
  inbox_id?: number | null;
  /** Status. */
  status?: ConversationStatus | null;
  /** Priority. */
  priority?: ConversationPriority | null;
  /** Label names. */
  labels?: string[] | null;
  /** Incoming messages since an agent last looked (the server caps it at 10). */
  unread_count?: number | null;
  /** Whether a reply is possible now (messaging windows). */
  can_reply?: boolean | null;
  /** Channel type, e.g. `Channel::WebWidget`. */
  channel?: string | null;
  /** Creation time. */
  created_at?: number | null;
  /** Last change; an older payload never overwrites a newer one. */
  updated_at?: number | null;
  /** Last message time. */
  last_activity_at?: number | null;
  /** Same as `last_activity_at` on current servers. */
  timestamp?: number | null;
  /** When an agent last looked. */
  agent_last_seen_at?: number | null;
  /** When the contact last looked. */
  contact_last_seen_at?: number | null;
  /** Since when the contact waits for a reply; `null` when not waiting. */
  waiting_since?: number | null;
  /** When the first agent reply was sent. */
  first_reply_created_at?: number | null;
  /** When a snoozed conversation reopens. */
  snoozed_until?: number | null;
  /** At most the last message: a preview, never the history. */
  messages?: Message[] | null;
  /** Contact, assignee and team. */
  meta?: ConversationMeta | null;
  /** Link between contact and inbox. */
  contact_inbox?: Record<string, unknown> | null;
  /** Server-managed attributes (browser, referer, ...). */
  additional_attributes?: Record<string, unknown> | null;
  /** Attributes defined by the account. */
  custom_attributes?: Record<string, unknown> | null;
  /** Fields added by newer servers. */
  [key: string]: unknown;
}

/** Fields of a conversation payload; event schemas extend it. */
export const conversationShape = {
  id: IdSchema,
  account_id: z.nullish(IdSchema),
  inbox_id: z.nullish(IdSchema),
  status: z.nullish(openString<ConversationStatus>()),
  priority: z.nullish(openString<ConversationPriority>()),
  labels: z.nullish(z.array(z.string())),
  unread_count: z.nullish(z.number()),
  can_reply: z.nullish(z.boolean()),
  channel: z.nullish(z.string()),
  created_at: z.nullish(TimestampSchema),
  updated_at: z.nullish(TimestampSchema),
  last_activity_at: z.nullish(TimestampSchema),
  timestamp: z.nullish(TimestampSchema),
  agent_last_seen_at: z.nullish(TimestampSchema),
  contact_last_seen_at: z.nullish(TimestampSchema),
  waiting_since: z.nullish(TimestampSchema),
  first_reply_created_at: z.nullish(TimestampSchema),
  snoozed_until: z.nullish(TimestampSchema),
  messages: z.nullish(z.array(MessageSchema)),
  meta: z.nullish(
    z.looseObject({
      sender: z.nullish(ContactSchema),
      assignee: z.nullish(ParticipantSchema),
      assignee_type: z.nullish(z.string()),
      team: z.nullish(TeamSchema),
      hmac_verified: z.nullish(z.boolean()),
    }),
  ),
  contact_inbox: z.nullish(LooseRecordSchema),
  additional_attributes: z.nullish(LooseRecordSchema),
  custom_attributes: z.nullish(LooseRecordSchema),
};

/** Validates and normalizes a {@link Conversation}. */
export const ConversationSchema: z.ZodMiniType<Conversation> = z.looseObject(conversationShape);
