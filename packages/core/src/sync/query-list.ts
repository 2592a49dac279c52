import type { Conversation } from "../schema/conversation";
import { selectConversationList } from "../selectors/conversation-list";
import { EMPTY, sameItems } from "../selectors/memo";
import type { UniLinkState } from "../store/state";
import { IDLE_LOAD_STATE } from "../store/sync-state";
import {
  type ConversationListQuery,
  conversationQueryKey,
  conversationQueryToFilter,
} from "./query";

interface Listed {
  ids: readonly number[];
  conversations: UniLinkState["conversations"];
  result: readonly Conversation[];
}

const LISTED_CACHE_LIMIT = 16;
const listedCache = new Map<string, Listed>();

function listedConversations(state: UniLinkState, key: string): readonly Conversation[] {
  const ids = (state.sync.lists[key] ?? IDLE_LOAD_STATE).ids;
  const cached = listedCache.get(key);
  if (cached?.ids === ids && cached.conversations === state.conversations) return cached.result;
  const found = ids
    .map((id) => state.conversations[id])
    .filter((conversation): conversation is Conversation => conversation !== undefined);
  let result: readonly Conversation[] = found.length === 0 ? EMPTY : found;
  if (cached && sameItems(cached.result, result)) result = cached.result;
  listedCache.delete(key);
  listedCache.set(key, { ids, conversations: state.conversations, result });
  if (listedCache.size > LISTED_CACHE_LIMIT)
    listedCache.delete(listedCache.keys().next().value as string);
  return result;
}

/**
 * The conversations a list query shows. A search (`q`) shows what the
 * server listed for it, in its order, with live fields; any other query
 * shows the store's conversations matching it
 * (`selectConversationList(state, conversationQueryToFilter(query, meUserId))`),
 * so rows enter and leave as events change them.
 */
export function selectConversationsForQuery(
  state: UniLinkState,
  query: ConversationListQuery = {},
  meUserId?: number,
): readonly Conversation[] {
  if (query.q) return listedConversations(state, conversationQueryKey(query));
  return selectConversationList(state, conversationQueryToFilter(query, meUserId));
}
