import type { Conversation } from "../schema/conversation";
import type { UniLinkEvent } from "../schema/events";
import type { UniLinkState } from "../store/state";
import type { SyncBackend } from "./backend";

/**
 * Keeps REST conversation pages from rolling unread counts back. A page is
 * computed before it arrives; `unread_count` moves with live messages and
 * local reads without moving `updated_at`, so the store's age guard cannot
 * see that the page is older. A conversation touched live while its page was
 * in flight keeps the stored count.
 */
export class UnreadGuard {
  #clock = 0;
  readonly #touchedAt = new Map<number, number>();

  /** A live event or a local read changed this conversation's unread count. */
  touch(conversationId: number): void {
    this.#touchedAt.set(conversationId, ++this.#clock);
  }

  /** Notes the conversations live events touch. */
  observe(event: UniLinkEvent): void {
    if (event.unknown) return;
    const data = event.data as { conversation_id?: unknown };
    if (event.event.startsWith("message.") && typeof data.conversation_id === "number") {
      this.touch(data.conversation_id);
    }
  }

  /** Wraps the backend so every conversation it returns is checked against live changes. */
  wrap(backend: SyncBackend, getState: () => UniLinkState): SyncBackend {
    const fresh = (conversation: Conversation, since: number): Conversation => {
      if ((this.#touchedAt.get(conversation.id) ?? 0) <= since) return conversation;
      const stored = getState().conversations[conversation.id];
      if (!stored) return conversation;
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
