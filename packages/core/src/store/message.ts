import type { Message } from "../schema/message";
import { MessageType } from "../schema/message-type";
import type { Drafts } from "./batch";
import { type NewMessageEffect, syncConversation } from "./conversation-sync";
import { messageOf } from "./envelope";
import { mergeEntity } from "./equal";
import { EMPTY_MESSAGE_LIST, removeFromList, upsertInList } from "./message-list";
import { isPending, messageKey } from "./message-order";
import { readEntry } from "./persistent/persistent-view";
import { setEntry, withSlice } from "./records";
import type { MessageList, StoredMessage, UniLinkState } from "./state";
import { storeUser } from "./user";

/**
 * Why a message is being stored:
 * - `created`: a live `message.created` (or a confirmed send); a new incoming message counts as unread.
 * - `updated`: a live `message.updated`.
 * - `snapshot`: a conversation's preview or a fetched page; never counts as unread.
 */
export type MessageSource = "created" | "updated" | "snapshot";

function isDeleted(message: StoredMessage): boolean {
  return message.content_attributes?.deleted === true;
}

/** True when `incoming` must not overwrite `stored`: it is older, or would undelete it. */
function isStale(incoming: Message, stored: StoredMessage): boolean {
  if (isDeleted(stored) && !isDeleted(incoming)) return true;
  const before = stored.updated_at;
  const after = incoming.updated_at;
  return before != null && after != null && after < before;
}

/** Drops the optimistic copy a confirmed message replaces (matched by `echo_id`). */
function withoutPendingCopy(list: MessageList, message: Message, drafts?: Drafts): MessageList {
  const echo = message.echo_id;
  if (!echo) return list;
  const pending = readEntry(list.byId, echo);
  return pending && isPending(pending) ? removeFromList(list, echo, drafts) : list;
}

/**
 * Upserts a server message into its conversation's list (by id; replacing
 * its pending copy; ignoring stale versions) and keeps the conversation's
 * preview, `last_activity_at` and `unread_count` in step. Writes in place to
 * what `drafts` (the running batch) holds.
 */
export function storeMessage(
  state: UniLinkState,
  incoming: Message,
  source: MessageSource,
  drafts?: Drafts,
): UniLinkState {
  const conversationId = incoming.conversation_id;
  const original = readEntry(state.messages, conversationId) ?? EMPTY_MESSAGE_LIST;
  let list = withoutPendingCopy(original, incoming, drafts);
  const stored = readEntry(list.byId, messageKey(incoming));
  const isNew = stored === undefined;
  const applies = !stored || !isStale(incoming, stored);
  if (applies) {
    const message = mergeEntity<StoredMessage>(stored, messageOf(incoming) as StoredMessage);
    list = upsertInList(list, message, drafts);
  }
  let next = state;
  if (list !== original) {
    next = withSlice(
      next,
      "messages",
      setEntry(next.messages, conversationId, list, drafts),
      drafts,
    );
  }
  if (applies) next = storeUser(next, incoming.sender, drafts);

  const conversation = readEntry(next.conversations, conversationId);
  if (!conversation) return next;
  const effect: NewMessageEffect | undefined =
    isNew && source === "created"
      ? {
          countsAsUnread:
            incoming.message_type === MessageType.incoming && incoming.private !== true,
          summary: incoming.conversation,
        }
      : undefined;
  const synced = syncConversation(conversation, list, effect);
  if (synced === conversation) return next;
  const conversations = setEntry(next.conversations, conversationId, synced, drafts);
  return withSlice(next, "conversations", conversations, drafts);
}

/** An agent's first reply: the message, plus the conversation's `first_reply_created_at` when unset. */
export function storeFirstReply(
  state: UniLinkState,
  incoming: Message,
  drafts?: Drafts,
): UniLinkState {
  const next = storeMessage(state, incoming, "created", drafts);
  const conversation = readEntry(next.conversations, incoming.conversation_id);
  if (!conversation || conversation.first_reply_created_at != null) return next;
  const updated = { ...conversation, first_reply_created_at: incoming.created_at };
  const conversations = setEntry(next.conversations, conversation.id, updated, drafts);
  return withSlice(next, "conversations", conversations, drafts);
}
