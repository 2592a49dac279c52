import type { Conversation } from "../schema/conversation";
import type { Message, MessageConversationSummary } from "../schema/message";
import { MessageType } from "../schema/message-type";
import { deepEqual } from "./equal";
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
  const newest = findLast(list, isConfirmed);
  // Previewable messages are confirmed ones: the newest confirmed, when previewable, is the preview.
  const preview =
    newest && isPreviewable(newest)
      ? newest
      : (findLast(list, isPreviewable) as Message | undefined);
  const activity = latest(
    latest(conversation.last_activity_at, newest?.created_at),
    effect?.summary?.last_activity_at,
  );
  const serverCount = effect?.summary?.unread_count;
  const unread =
    typeof serverCount === "number"
      ? serverCount
      : effect?.countsAsUnread
        ? Math.min(UNREAD_CAP, (conversation.unread_count ?? 0) + 1)
        : undefined;
  // Only the derived fields are compared with what is stored, not the whole
  // conversation; no object of changes is built (its shape would differ from
  // event to event: transient shapes cost the optimized code that saw them).
  const current = conversation.messages;
  const messages =
    preview && !(current?.length === 1 && deepEqual(current[0], preview)) ? [preview] : undefined;
  const moved = activity != null && activity !== conversation.last_activity_at;
  const counted = unread !== undefined && unread !== conversation.unread_count;
  if (!messages && !moved && !counted) return conversation;
  const next = { ...conversation };
  if (messages) next.messages = messages;
  if (moved) next.last_activity_at = activity;
  if (counted) next.unread_count = unread;
  return next;
}
