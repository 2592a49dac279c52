import type { Conversation } from "../schema/conversation";
import type { UniLinkState } from "../store/state";
import type { SyncBackend } from "./backend";

/**
 * Keeps REST conversation pages from rolling unread counts back. A page is
 * computed before it arrives, and `unread_count` moves with live messages and
 * local reads without moving `updated_at`, so the store's age guard cannot
 * tell the page is older. Two precise signs that it is: the store already
 * holds an incoming message newer than the page's last-message preview, or
 * the reader marked the conversation read after the page was requested.
 * Then the stored count stays; otherwise the page's count wins.
 */
export class UnreadGuard {
  #clock = 0;
  readonly #readAt = new Map<number, number>();

  /** The reader marked this conversation read locally. */
  markRead(conversationId: number): void {
    this.#readAt.set(conversationId, ++this.#clock);
  }

  /** Wraps the backend so every conversation it returns is checked against live changes. */
  wrap(backend: SyncBackend, getState: () => UniLinkState): SyncBackend {
    const fresh = (conversation: Conversation, since: number): Conversation => {
      const state = getState();
      const stored = state.conversations[conversation.id];
      if (!stored) return conversation;
      const readSince = (this.#readAt.get(conversation.id) ?? 0) > since;
      if (!readSince && !predatesStoredMessages(conversation, state)) return conversation;
      return { ...conversation, unread_count: stored.unread_count };
    };
    const guarded: SyncBackend = Object.create(backend);
    guarded.listConversations = async (query, page) => {
      const since = this.#clock;
      const result = await backend.listConversations(query, page);
      return { ...result, conversations: result.conversations.map((c) => fresh(c, since)) };
    };
    const getConversation = backend.getConversation;
    if (getConversation) {
      guarded.getConversation = async (id) => {
        const since = this.#clock;
        return fresh(await getConversation.call(backend, id), since);
      };
    }
    return guarded;
  }
}

/** True when the store holds an incoming message newer than the page's preview. */
function predatesStoredMessages(conversation: Conversation, state: UniLinkState): boolean {
  const previewIds = (conversation.messages ?? []).map((message) => message.id);
  if (previewIds.length === 0) return false;
  const preview = Math.max(...previewIds);
  const list = state.messages[conversation.id];
  if (!list) return false;
  for (let i = list.ids.length - 1; i >= 0; i--) {
    const message = list.byId[list.ids[i] as string];
    if (typeof message?.id !== "number") continue;
    if (message.id <= preview) return false;
    if (message.message_type === 0) return true;
  }
  return false;
}
