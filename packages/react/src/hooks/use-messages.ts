import { type StoredMessage, selectMessages, selectThreadLoadState } from "@unilink/core";
import { useCallback } from "react";
import { useClientFor } from "../internal/use-client-for";
import type { LoadView } from "./loading/load-view";
import { useLoadable } from "./loading/use-loadable";

/** Options of the view form of {@link useMessages}. */
export interface UseMessagesOptions {
  /**
   * Fetch the latest page after mount and whenever `conversationId`
   * changes. Default `true`; `false` shows what the store holds and fetches
   * only on `loadMore`.
   */
  load?: boolean;
}

/** What the view form of {@link useMessages} returns. */
export interface MessagesView extends LoadView {
  /** The conversation's messages, oldest first, pending (optimistic) ones included. */
  readonly messages: readonly StoredMessage[];
  /** True while older messages exist on the server: `loadMore` fetches the page before the oldest. */
  readonly hasMore: boolean;
}

/**
 * A conversation's messages, oldest first, optimistic (pending) ones
 * included. The array keeps its identity until that conversation's messages
 * change; events about other conversations do not re-render the list.
 * Reads the store only; see the view form to fetch from the server.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const messages = useMessages(conversationId);
 * return messages.map((m) => <Bubble key={m.id} message={m} />);
 */
export function useMessages(conversationId: number): readonly StoredMessage[];
/**
 * View form: fetches the conversation's latest messages through the
 * client's REST `api` (`client.loadMessages(id)` after mount and when the
 * id changes) and returns `{messages, isLoading, error, hasMore, loaded,
 * loadMore}`, where `loadMore` fetches older messages and `hasMore` turns
 * false at the start of the history. Live events and core's resync keep it
 * current. The object keeps its identity until one of its fields changes.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const { messages, isLoading, hasMore, loadMore } = useMessages(id, { load: true });
 * return (
 *   <>
 *     {hasMore && <button onClick={loadMore} disabled={isLoading}>Older</button>}
 *     {messages.map((m) => <Bubble key={m.id} message={m} />)}
 *   </>
 * );
 */
export function useMessages(conversationId: number, options: UseMessagesOptions): MessagesView;
export function useMessages(
  conversationId: number,
  options?: UseMessagesOptions,
): readonly StoredMessage[] | MessagesView {
  const client = useClientFor("useMessages");
  const load = useCallback(() => client.loadMessages(conversationId), [client, conversationId]);
  const loadMore = useCallback(
    () => client.loadOlderMessages(conversationId),
    [client, conversationId],
  );
  return useLoadable("messages", {
    hookName: "useMessages",
    asView: options !== undefined,
    autoLoad: options?.load ?? true,
    selectItems: (state) => selectMessages(state, conversationId),
    selectLoadState: (state) => selectThreadLoadState(state, conversationId),
    load,
    loadMore,
  });
}
