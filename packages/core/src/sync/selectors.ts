import type { UniLinkState } from "../store/state";
import {
  IDLE_LOAD_STATE,
  IDLE_THREAD_STATE,
  type ListLoadState,
  type ResyncState,
  type ThreadLoadState,
} from "../store/sync-state";
import { type ConversationListQuery, conversationQueryKey } from "./query";

/**
 * Load state of a conversation list: `{isLoading, error, hasMore, loaded,
 * pages, counts}`. The same object while it does not change.
 */
export function selectListLoadState(
  state: UniLinkState,
  query: ConversationListQuery = {},
): ListLoadState {
  return state.sync.lists[conversationQueryKey(query)] ?? IDLE_LOAD_STATE;
}

/** Load state of a conversation's messages (`hasMore`: older messages exist). */
export function selectThreadLoadState(
  state: UniLinkState,
  conversationId: number,
): ThreadLoadState {
  return state.sync.threads[conversationId] ?? IDLE_THREAD_STATE;
}

/** How the last resync went. */
export function selectResyncState(state: UniLinkState): ResyncState {
  return state.sync.lastResync;
}
