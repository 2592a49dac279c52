import type { Conversation } from "../schema/conversation";
import type { Agent, CannedResponse, Label } from "../schema/directory";
import type { Team } from "../schema/team";
import { type DirectoryListName, IDLE_DIRECTORY_LOAD } from "../store/directory-state";
import { valuesOf } from "../store/persistent/persistent-view";
import type { UniLinkState } from "../store/state";
import type { LoadState } from "../store/sync-state";
import { EMPTY, memoizeList, sameItems } from "./memo";

const byName = (a: Agent, b: Agent) =>
  (a.available_name ?? a.name ?? "").localeCompare(b.available_name ?? b.name ?? "") || a.id - b.id;

const sortedAgents = memoizeList((items: readonly Agent[]) => [...items].sort(byName));

/** The account's agents (after `loadAgents`), by name. */
export function selectAgents(state: UniLinkState): readonly Agent[] {
  return sortedAgents(state.directory.agents.items);
}

/** The account's teams (after `loadTeams`). */
export function selectTeams(state: UniLinkState): readonly Team[] {
  const items = state.directory.teams.items;
  return items.length === 0 ? EMPTY : items;
}

/** The account's labels with colours (after `loadLabels`). */
export function selectLabels(state: UniLinkState): readonly Label[] {
  const items = state.directory.labels.items;
  return items.length === 0 ? EMPTY : items;
}

/** Load state of an account-wide list. */
export function selectDirectoryLoadState(state: UniLinkState, name: DirectoryListName): LoadState {
  return state.directory[name];
}

const labelCache = new WeakMap<
  Conversation,
  { labels: readonly Label[]; result: readonly Label[] }
>();

/**
 * A conversation's labels with their colours, in the conversation's order. A
 * title missing from the account list comes back as `{id: -1, title, color: null}`.
 */
export function selectConversationLabels(
  state: UniLinkState,
  conversationId: number,
): readonly Label[] {
  const conversation = state.conversations[conversationId];
  const titles = conversation?.labels ?? [];
  if (!conversation || titles.length === 0) return EMPTY;
  const known = state.directory.labels.items;
  const cached = labelCache.get(conversation);
  if (cached?.labels === known) return cached.result;
  let result: readonly Label[] = titles.map(
    (title) => known.find((label) => label.title === title) ?? { id: -1, title, color: null },
  );
  if (cached && sameItems(cached.result, result)) result = cached.result;
  labelCache.set(conversation, { labels: known, result });
  return result;
}

function cannedRank(response: CannedResponse, typed: string): number {
  const code = response.short_code.toLowerCase();
  if (code.startsWith(typed)) return 0;
  if (code.includes(typed)) return 1;
  return response.content.toLowerCase().includes(typed) ? 2 : -1;
}

const cannedCache = new Map<
  string,
  { items: readonly CannedResponse[]; result: readonly CannedResponse[] }
>();
const CANNED_CACHE_LIMIT = 32;

/**
 * Canned responses matching what was typed after `/` (case-insensitive):
 * short codes starting with it first, then short codes containing it, then
 * contents containing it. Empty `typed`: all of them.
 */
export function selectCannedResponses(state: UniLinkState, typed = ""): readonly CannedResponse[] {
  const items = state.directory.cannedResponses.items;
  const query = typed.trim().toLowerCase();
  const cached = cannedCache.get(query);
  if (cached?.items === items) return cached.result;
  const ranked = items
    .map((response) => ({ response, rank: cannedRank(response, query) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.response.short_code.localeCompare(b.response.short_code));
  let result: readonly CannedResponse[] =
    ranked.length === 0 ? EMPTY : ranked.map((entry) => entry.response);
  if (cached && sameItems(cached.result, result)) result = cached.result;
  cannedCache.delete(query);
  cannedCache.set(query, { items, result });
  if (cannedCache.size > CANNED_CACHE_LIMIT)
    cannedCache.delete(cannedCache.keys().next().value as string);
  return result;
}

/** Load state of a contact's details (`loadContact`). */
export function selectContactLoadState(state: UniLinkState, contactId: number): LoadState {
  return state.directory.contacts[contactId] ?? IDLE_DIRECTORY_LOAD;
}

/** Load state of a contact's previous conversations (`loadContactConversations`). */
export function selectContactConversationsLoadState(
  state: UniLinkState,
  contactId: number,
): LoadState {
  return state.directory.contactConversations[contactId] ?? IDLE_DIRECTORY_LOAD;
}

const CONTACT_CACHE_LIMIT = 32;
const contactConversationCache = new Map<
  number,
  {
    conversations: UniLinkState["conversations"];
    result: readonly Conversation[];
  }
>();

/**
 * Every stored conversation of a contact (`meta.sender.id`), newest activity
 * first. Live: new conversations and merged contacts (`conversation.contact_changed`) move rows.
 */
export function selectContactConversations(
  state: UniLinkState,
  contactId: number,
): readonly Conversation[] {
  const cached = contactConversationCache.get(contactId);
  if (cached?.conversations === state.conversations) return cached.result;
  const found = valuesOf(state.conversations)
    .filter((conversation) => conversation.meta?.sender?.id === contactId)
    .sort(
      (a, b) =>
        (b.last_activity_at ?? b.timestamp ?? 0) - (a.last_activity_at ?? a.timestamp ?? 0) ||
        b.id - a.id,
    );
  let result: readonly Conversation[] = found.length === 0 ? EMPTY : found;
  if (cached && sameItems(cached.result, result)) result = cached.result;
  contactConversationCache.delete(contactId);
  contactConversationCache.set(contactId, { conversations: state.conversations, result });
  if (contactConversationCache.size > CONTACT_CACHE_LIMIT) {
    contactConversationCache.delete(contactConversationCache.keys().next().value as number);
  }
  return result;
}
