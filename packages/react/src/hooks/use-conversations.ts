import {
  type Conversation,
  type ConversationListFilter,
  type ConversationListQuery,
  conversationQueryKey,
  conversationQueryToFilter,
  selectConversationList,
  selectListLoadState,
} from "@unilink/core";
import { useCallback } from "react";
import { useClientFor } from "../internal/use-client-for";
import type { LoadView } from "./loading/load-view";
import { useKeyed } from "./loading/use-keyed";
import { useLoadable } from "./loading/use-loadable";

/** Options of the view form of {@link useConversations}. */
export interface UseConversationsOptions {
  /**
   * Fetch the list's first page after mount and whenever the query changes
   * (by content). Default `true`; `false` shows what the store holds and
   * fetches only on `loadMore`.
   */
  load?: boolean;
  /** The signed-in agent's user id, needed to list `assigneeType: "me"` from the store. */
  meUserId?: number;
}

/** What the view form of {@link useConversations} returns. */
export interface ConversationsView extends LoadView {
  /** The conversations the query covers, sorted as it says; live events included. */
  readonly conversations: readonly Conversation[];
}

/**
 * Conversations matching `filter`, sorted as the filter says (core's
 * `selectConversationList`: newest activity first by default). The array
 * keeps its identity until a conversation in it changes or the list gains
 * or loses one, so a memoized list does not re-render for unrelated events.
 * `filter` may be an inline object: equal filters are equal by content.
 * Reads the store only; see the view form to fetch from the server.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const open = useConversations({ status: "open", assignee: "me", meUserId: me.id });
 * return open.map((c) => <ConversationRow key={c.id} id={c.id} />);
 */
export function useConversations(filter?: ConversationListFilter): readonly Conversation[];
/**
 * View form: fetches the list described by `query` through the client's
 * REST `api` (`client.loadConversations(query)` after mount and when the
 * query changes by content) and returns `{conversations, isLoading, error,
 * hasMore, loaded, loadMore}`. Live events and core's resync after a
 * reconnect keep it current. `loadMore` fetches the next page.
 *
 * The object keeps its identity until one of its fields changes. An
 * inline `query` object is fine. Pass `meUserId` when the query uses
 * `assigneeType: "me"`.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const { conversations, isLoading, error, hasMore, loadMore } = useConversations(
 *   { status: "open", assigneeType: "me" },
 *   { load: true, meUserId: me.id },
 * );
 * if (error) return <Retry onClick={loadMore} />;
 * return (
 *   <>
 *     {conversations.map((c) => <ConversationRow key={c.id} id={c.id} />)}
 *     {isLoading ? <Spinner /> : hasMore && <button onClick={loadMore}>More</button>}
 *   </>
 * );
 */
export function useConversations(
  query: ConversationListQuery | undefined,
  options: UseConversationsOptions,
): ConversationsView;
export function useConversations(
  filterOrQuery?: ConversationListFilter | ConversationListQuery,
  options?: UseConversationsOptions,
): readonly Conversation[] | ConversationsView {
  const client = useClientFor("useConversations");
  const asView = options !== undefined;
  const rawQuery: ConversationListQuery = asView
    ? ((filterOrQuery as ConversationListQuery | undefined) ?? {})
    : {};
  const query = useKeyed(rawQuery, conversationQueryKey(rawQuery));
  const meUserId = options?.meUserId;
  const load = useCallback(() => client.loadConversations(query), [client, query]);
  const loadMore = useCallback(() => client.loadMoreConversations(query), [client, query]);
  return useLoadable("conversations", {
    hookName: "useConversations",
    asView,
    autoLoad: options?.load ?? true,
    selectItems: (state) =>
      asView
        ? selectConversationList(state, conversationQueryToFilter(query, meUserId))
        : selectConversationList(state, filterOrQuery as ConversationListFilter | undefined),
    selectLoadState: (state) => selectListLoadState(state, query),
    load,
    loadMore,
  });
}
