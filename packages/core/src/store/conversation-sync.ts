import type { Conversation } from "../schema/conversation";
import type { Message, MessageConversationSummary } from "../schema/message";
import { MessageType } from "../schema/message-type";
import { mergeEntity } from "./equal";
import { findLast } from "./message-list";
import { isPending } from "./message-order";
import type { MessageList, StoredMessage } from "./state";

/** The server counts at most this many unread messages. */
const UNREAD_CAP = 10;

/** What a conversation shows as its preview: the server's `messages.chat.last`. */
function isPreviewable(message: StoredMessage): message is Message {
  return (
    !isPending(message) && message.private !== true && message.message_type !== MessageType.activity
  );
}

/** True for a message the server confirmed. */
function isConfirmed(message: StoredMessage): boolean {
  return !isPending(message);
}

function latest(a: number | null | undefined, b: number | null | undefined) {
  if (a == null) return b;
  if (b == null) return a;
  return Math.max(a, b);
}

/** How a new message moves its conversation's counters. */
export interface NewMessageEffect {
  /** The message is new to the store and counts as unread (incoming, public). */
  countsAsUnread: boolean;
  /** The conversation summary the message payload carried. */
  summary?: MessageConversationSummary | null;
}

/**
 * Brings a conversation's derived fields in line with its message list: the
 * preview is the newest public non-activity message, `last_activity_at`
 * never moves back, and a new incoming message bumps `unread_count` (the
 * server's own value wins when the payload carries it). Deriving from the
 * list makes the result independent of the order events arrived in.
 */
export function syncConversation(
  conversation: Conversation,
  list: MessageList,
  effect?: NewMessageEffect,
): Conversation {
  // Only the derived fields are compared with what is stored, not the whole conversation.
  const next: Partial<Conversation> = {};
  const newest = findLast(list, isConfirmed);
  // Previewable messages are confirmed ones: the newest confirmed, when previewable, is the preview.
  const preview =
    newest && isPreviewable(newest)
      ? newest
      : (findLast(list, isPreviewable) as Message | undefined);
  if (preview) {
    const current = conversation.messages;
    next.messages = current?.length === 1 && current[0] === preview ? current : [preview];
  }
  const activity = latest(
    latest(conversation.last_activity_at, newest?.created_at),
    effect?.summary?.last_activity_at,
  );
  if (activity != null) next.last_activity_at = activity;
  if (effect) {
    const serverCount = effect.summary?.unread_count;
    if (typeof serverCount === "number") next.unread_count = serverCount;
    else if (effect.countsAsUnread) {
      next.unread_count = Math.min(UNREAD_CAP, (conversation.unread_count ?? 0) + 1);
    }
  }
  return mergeEntity(conversation, next);
}
