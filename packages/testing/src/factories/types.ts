/** Payload shapes the platform puts in event `data` (push event data), as the factories build them. */

/** A contact (`type: "contact"`). */
export interface ContactPayload {
  additional_attributes: Record<string, unknown>;
  custom_attributes: Record<string, unknown>;
  email: string | null;
  id: number;
  identifier: string | null;
  name: string;
  phone_number: string | null;
  thumbnail: string;
  blocked: boolean;
  type: "contact";
}

/** An agent/admin (`type: "user"`). */
export interface UserPayload {
  id: number;
  name: string;
  available_name: string;
  avatar_url: string;
  type: "user";
  availability_status: "online" | "busy" | "offline";
  thumbnail: string;
}

/** A bot (`type: "agent_bot"`). */
export interface AgentBotPayload {
  id: number;
  name: string;
  avatar_url: string;
  type: "agent_bot";
}

/** A team as it appears in `meta.team`. */
export interface TeamPayload {
  id: number;
  name: string;
}

/** A message attachment. */
export interface AttachmentPayload {
  id: number;
  message_id: number;
  file_type: "image" | "audio" | "video" | "file" | "location" | "fallback";
  account_id: number;
  extension: string | null;
  data_url: string;
  thumb_url: string;
  file_size: number;
  width: number | null;
  height: number | null;
}

/** A conversation's contact inbox (the contact's session in one inbox). */
export interface ContactInboxPayload {
  id: number;
  contact_id: number;
  inbox_id: number;
  source_id: string;
  created_at: string;
  updated_at: string;
  hmac_verified: boolean;
}

/** The conversation summary nested in every message. */
export interface MessageConversationPayload {
  assignee_id: number | null;
  unread_count: number;
  last_activity_at: number;
  contact_inbox: { source_id: string };
}

/** 0 incoming, 1 outgoing, 2 activity, 3 template. */
export type MessageType = 0 | 1 | 2 | 3;

/** A message. */
export interface MessagePayload {
  id: number;
  content: string | null;
  account_id: number;
  inbox_id: number;
  conversation_id: number;
  message_type: MessageType;
  /** Unix seconds. */
  created_at: number;
  /** ISO 8601 string. */
  updated_at: string;
  private: boolean;
  status: "sent" | "delivered" | "read" | "failed";
  source_id: string | null;
  content_type: string;
  content_attributes: Record<string, unknown>;
  sender_type: "Contact" | "User" | "AgentBot" | null;
  sender_id: number | null;
  external_source_ids: Record<string, unknown>;
  additional_attributes: Record<string, unknown>;
  processed_message_content: string | null;
  sentiment: Record<string, unknown>;
  conversation: MessageConversationPayload;
  /** Only when the sender supplied one. */
  echo_id?: string;
  /** Only when there are attachments. */
  attachments?: AttachmentPayload[];
  /** Absent on activity messages. */
  sender?: ContactPayload | UserPayload | AgentBotPayload;
}

/** `meta` of a conversation. */
export interface ConversationMetaPayload {
  sender: ContactPayload;
  assignee: UserPayload | AgentBotPayload | null;
  assignee_type: "User" | "AgentBot" | null;
  team: TeamPayload | null;
  hmac_verified: boolean;
}

/** A conversation (`id` is the per-account display id). */
export interface ConversationPayload {
  additional_attributes: Record<string, unknown>;
  can_reply: boolean;
  channel: string;
  contact_inbox: ContactInboxPayload;
  id: number;
  inbox_id: number;
  /** The last message only (0 or 1 element). */
  messages: MessagePayload[];
  labels: string[];
  meta: ConversationMetaPayload;
  status: "open" | "resolved" | "pending" | "snoozed";
  custom_attributes: Record<string, unknown>;
  snoozed_until: number | null;
  unread_count: number;
  first_reply_created_at: number | null;
  priority: "urgent" | "high" | "medium" | "low" | null;
  waiting_since: number;
  agent_last_seen_at: number;
  contact_last_seen_at: number;
  last_activity_at: number;
  timestamp: number;
  created_at: number;
  /** Float unix seconds: the order key for out-of-order updates. */
  updated_at: number;
  account_id: number;
}

/** A notification for an agent. */
export interface NotificationPayload {
  id: number;
  notification_type: string;
  primary_actor_type: "Conversation";
  primary_actor_id: number;
  primary_actor: ConversationPayload;
  read_at: number | null;
  secondary_actor: MessagePayload | UserPayload | null;
  user: UserPayload;
  created_at: number;
  last_activity_at: number;
  snoozed_until: number | null;
  meta: Record<string, unknown>;
  account_id: number;
  push_message_title: string;
}
