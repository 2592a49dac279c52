import type { Conversation } from "../schema/conversation";
import type { Drafts } from "./batch";
import { showStoredSender, storeContact } from "./contact";
import { syncConversation } from "./conversation-sync";
import { entityOf } from "./envelope";
import { mergeEntity } from "./equal";
import { storeMessage } from "./message";
import { EMPTY_MESSAGE_LIST } from "./message-list";
import { readEntry } from "./persistent/persistent-view";
import { setEntry, withSlice } from "./records";
import type { UniLinkState } from "./state";
import { storeUser } from "./user";

/**
 * Times that never move back on the server. Payloads with the same
 * `updated_at` can arrive in any order (`conversation.read` moves
 * `contact_last_seen_at` without touching `updated_at`), so these take the max.
 */
const MONOTONIC_FIELDS = [
  "last_activity_at",
  "timestamp",
  "agent_last_seen_at",
  "contact_last_seen_at",
] as const;

/** True when `incoming` is older than what is stored (events arrive out of order). */
function isOlder(incoming: Conversation, stored: Conversation | undefined): boolean {
  const before = stored?.updated_at;
  const after = incoming.updated_at;
  return before != null && after != null && after < before;
}

/**
 * Upserts a conversation by display id. An older payload is ignored whole;
 * a newer one is merged over the stored one (fields it lacks survive; seen
 * and activity times never move back). Its
 * `messages` is a preview, so it is upserted into the history, never
 * replacing it. `meta.sender` refreshes the contact, `meta.assignee` the user.
 */
export function storeConversation(
  state: UniLinkState,
  incoming: Conversation,
  drafts?: Drafts,
): UniLinkState {
  const stored = readEntry(state.conversations, incoming.id);
  if (isOlder(incoming, stored)) return state;
  let next = state;
  for (const message of incoming.messages ?? []) {
    if (message.conversation_id === incoming.id)
      next = storeMessage(next, message, "snapshot", drafts);
  }
  // `stored` itself when the payload repeats it (doubles are common): nothing to merge then.
  const merged = mergeEntity<Conversation>(stored, entityOf(incoming));
  if (merged !== stored) {
    for (const field of MONOTONIC_FIELDS) {
      const kept = stored?.[field];
      if (kept != null && (merged[field] ?? -Infinity) < kept) merged[field] = kept;
    }
  }
  const list = readEntry(next.messages, incoming.id) ?? EMPTY_MESSAGE_LIST;
  const conversation = mergeEntity(stored, syncConversation(merged, list));
  const conversations = setEntry(next.conversations, incoming.id, conversation, drafts);
  next = withSlice(next, "conversations", conversations, drafts);
  if (incoming.meta?.sender) {
    next = showStoredSender(storeContact(next, incoming.meta.sender, drafts), incoming.id, drafts);
  }
  next = storeUser(next, incoming.meta?.assignee, drafts);
  return next;
}
