import type { UploadOptions } from "../api/http";
import type { Conversation } from "../schema/conversation";
import type { Message } from "../schema/message";
import type { Notification } from "../schema/notification";
import type { ConversationCounts } from "../store/sync-state";
import type { ConversationListQuery } from "./query";

/** Messages in a latest or `before=` page (both APIs). */
export const MESSAGE_PAGE_SIZE = 20;
/** Most messages in an `after=` page (agent API). */
export const AFTER_PAGE_LIMIT = 100;
/** Conversations in a page of the agent list. */
export const CONVERSATION_PAGE_SIZE = 25;

/** One fetched list page. */
export interface ConversationPageResult {
  conversations: Conversation[];
  counts: ConversationCounts | null;
  hasMore: boolean;
}

/** What the client sends for an optimistic message. */
export interface OutgoingMessage {
  content: string;
  private: boolean;
  echoId: string;
  contentAttributes?: Record<string, unknown>;
  attachments?: readonly Blob[];
}

/**
 * The REST calls the sync layer makes, with the agent/contact differences
 * hidden: a contact has no `after=` paging, no single-conversation fetch and
 * no notifications.
 */
export interface SyncBackend {
  readonly kind: "agent" | "contact";
  /** `message_type` of the signed-in side's own messages: 1 agents, 0 contacts. */
  readonly ownMessageType: 0 | 1;
  listConversations(query: ConversationListQuery, page: number): Promise<ConversationPageResult>;
  getConversation?(conversationId: number): Promise<Conversation>;
  latestMessages(conversationId: number): Promise<Message[]>;
  messagesBefore(conversationId: number, before: number): Promise<Message[]>;
  messagesAfter?(conversationId: number, after: number): Promise<Message[]>;
  /** Sends a message; `upload` reports a multipart body's progress and cancels it. */
  sendMessage(
    conversationId: number,
    message: OutgoingMessage,
    upload?: UploadOptions,
  ): Promise<Message>;
  toggleTyping(conversationId: number, on: boolean, isPrivate: boolean): Promise<void>;
  updateLastSeen(conversationId: number): Promise<void>;
  notifications?(): Promise<{
    notifications: Notification[];
    unreadCount?: number;
    count?: number;
  }>;
  /** Creates a conversation for the session (contacts). */
  createConversation?(): Promise<Conversation>;
  /** Marks notifications read (agents); `"all"` for every one of them. */
  markNotificationsRead?(ids: readonly number[] | "all"): Promise<void>;
}
