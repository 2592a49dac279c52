import type { Drafts } from "./batch";
import { setEntry } from "./records";
import type { UniLinkState } from "./state";

/**
 * The reader looked at a conversation: its unread count drops to 0 at once
 * (the server does the same on `update_last_seen` and sends no event).
 */
export function markConversationRead(
  state: UniLinkState,
  conversationId: number,
  drafts?: Drafts,
): UniLinkState {
  const conversation = state.conversations[conversationId];
  if (!conversation || (conversation.unread_count ?? 0) === 0) return state;
  const read = { ...conversation, unread_count: 0 };
  return { ...state, conversations: setEntry(state.conversations, conversationId, read, drafts) };
}
