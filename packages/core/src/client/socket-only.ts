import type { UniLinkError } from "../errors";
import type { UniLinkStoreController } from "../store/create-store";
import { removePending } from "../store/pending-upload";
import type { Sync } from "../sync/create-sync";
import { noApiError } from "../sync/outcomes";
import { createUuid } from "../sync/uuid";

/**
 * The REST side of a client created without a REST `api`: nothing can be
 * fetched or sent, so every call settles at once with a `validation` error
 * (a sent message shows as failed; a read is still applied locally). Kept
 * apart from the real sync layer so socket-only apps do not bundle it.
 */
export function socketOnlySync(
  controller: UniLinkStoreController,
  report: (error: UniLinkError) => void,
  now: () => number,
): Sync {
  const refused = () => Promise.resolve({ ok: false as const, error: noApiError() });
  const idle = () => undefined;
  return {
    loadConversations: refused,
    loadMoreConversations: refused,
    loadMessages: refused,
    loadOlderMessages: refused,
    loadNotifications: refused,
    markNotificationsRead: refused,
    startConversation: refused,
    sendMessage(conversationId, input) {
      const echoId = createUuid();
      const error = noApiError();
      controller.addPendingMessage({
        conversationId,
        echoId,
        content: input.content,
        private: input.private ?? false,
        messageType: 1,
        contentAttributes: input.contentAttributes,
        createdAt: now() / 1000,
      });
      controller.failPending(echoId, error);
      report(error);
      return Promise.resolve({ ok: false, echoId, error });
    },
    retryMessage: (echoId) => Promise.resolve({ ok: false, echoId, error: noApiError() }),
    // Nothing is ever queued or in flight here: a sent message fails at once.
    cancelMessage: () => false,
    discardMessage(echoId) {
      const before = controller.store.getState();
      controller.applyLocalChange((state) => removePending(state, echoId));
      return controller.store.getState() !== before;
    },
    setTyping: () => Promise.resolve(),
    createTypingReporter: () => ({ onInput: idle, onSend: idle, dispose: idle }),
    markRead(conversationId) {
      controller.markRead(conversationId);
      return refused();
    },
    resync: () => Promise.resolve({ ok: false, error: noApiError(), durationMs: 0 }),
    observe: idle,
    start: idle,
    stop: idle,
    destroy: idle,
  };
}
