import { type LoadOutcome, selectConversation, type UniLinkState } from "@unilink/core";
import { useCallback, useEffect } from "react";
import { useClientFor } from "../internal/use-client-for";
import { useSelected } from "../internal/use-selected";

/** Options of {@link useMarkRead}. */
export interface UseMarkReadOptions {
  /**
   * Mark the conversation read by itself whenever this is true and it has
   * unread messages: on mount, when `when` turns true, and again each time
   * a new message raises its unread count. Typically "the thread is open
   * and the page is visible". Default false (only the returned function).
   */
  when?: boolean;
}

const hasUnread = (state: UniLinkState, conversationId: number): boolean =>
  (selectConversation(state, conversationId)?.unread_count ?? 0) > 0;

/**
 * A stable `markRead()` for one conversation (its identity changes only
 * with `conversationId`): core drops the conversation's `unread_count` to 0
 * in the store at once, then tells the server (`update_last_seen`). The
 * promise never rejects: `{ok: false, error}` when the request failed.
 *
 * With `{ when: true }` it also marks read by itself while the
 * conversation has unread messages (see {@link UseMarkReadOptions.when}).
 * The component then re-renders only when "has unread" flips.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const markRead = useMarkRead(conversationId);
 * <button onClick={markRead}>Mark as read</button>
 * @example
 * // An open thread: read while the tab is visible.
 * useMarkRead(conversationId, { when: documentVisible });
 */
export function useMarkRead(
  conversationId: number,
  options: UseMarkReadOptions = {},
): () => Promise<LoadOutcome> {
  const client = useClientFor("useMarkRead");
  const when = options.when ?? false;
  const markRead = useCallback(() => client.markRead(conversationId), [client, conversationId]);
  const unread = useSelected("useMarkRead", (state) =>
    when ? hasUnread(state, conversationId) : false,
  );
  useEffect(() => {
    // Re-read the store: StrictMode's second effect run must not send a second request.
    if (when && unread && hasUnread(client.store.getState(), conversationId)) void markRead();
  }, [client, conversationId, when, unread, markRead]);
  return markRead;
}
