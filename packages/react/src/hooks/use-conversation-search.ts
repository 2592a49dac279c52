import {
  type Conversation,
  type ConversationListQuery,
  selectConversationsForQuery,
  selectListLoadState,
} from "@unilink/core";
import { useCallback, useMemo } from "react";
import { useClientFor } from "../internal/use-client-for";
import type { LoadView } from "./loading/load-view";
import { useLoadable } from "./loading/use-loadable";

/** What {@link useConversationSearch} returns. */
export interface ConversationSearchView extends LoadView {
  /** The conversations the server found for the text, in its order, with live fields. */
  readonly conversations: readonly Conversation[];
}

/**
 * Conversations matching a text (the platform's conversation search, `q`),
 * across every status: fetched when `text` changes (nothing for an empty
 * text), with `loadMore` for further pages. Live events keep the listed
 * conversations current. Debounce `text` yourself if it follows keystrokes.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const { conversations, isLoading } = useConversationSearch(query);
 */
export function useConversationSearch(text: string): ConversationSearchView {
  const client = useClientFor("useConversationSearch");
  const q = text.trim();
  const query = useMemo<ConversationListQuery>(() => ({ q }), [q]);
  const load = useCallback(() => client.loadConversations(query), [client, query]);
  const loadMore = useCallback(() => client.loadMoreConversations(query), [client, query]);
  return useLoadable("conversations", {
    hookName: "useConversationSearch",
    asView: true,
    autoLoad: q !== "" && client.api !== undefined,
    selectItems: (state) => (q === "" ? EMPTY : selectConversationsForQuery(state, query)),
    selectLoadState: (state) => selectListLoadState(state, query),
    load,
    loadMore,
  }) as ConversationSearchView;
}

const EMPTY: readonly Conversation[] = [];
