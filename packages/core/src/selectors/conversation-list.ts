import type { Conversation, ConversationStatus } from "../schema/conversation";
import { valuesOf } from "../store/persistent/persistent-view";
import type { UniLinkState } from "../store/state";
import { EMPTY, sameItems } from "./memo";

/** Which conversations {@link selectConversationList} returns, and in what order. */
export interface ConversationListFilter {
  /** Only this status; `"all"` or omitted: every status. */
  status?: ConversationStatus | "all";
  /**
   * `"me"` (needs `meUserId`), `"unassigned"`, `"assigned"` (to anyone),
   * `"all"` (default), or an agent's user id.
   */
  assignee?: "me" | "unassigned" | "assigned" | "all" | number;
  /** The signed-in agent, for `assignee: "me"`. */
  meUserId?: number;
  /** Only this inbox. */
  inboxId?: number;
  /** Only this team. */
  teamId?: number;
  /** Only conversations carrying at least one of these labels. */
  labels?: readonly string[];
  /**
   * Order: `last_activity_at` (default, newest first), `created_at` (oldest
   * first), `priority` (urgent first), `waiting_since` (longest waiting first).
   * Ties: newest activity, then highest id. Missing values sort last.
   */
  sortBy?: "last_activity_at" | "created_at" | "priority" | "waiting_since";
  /** Overrides the direction `sortBy` implies. */
  order?: "asc" | "desc";
}

type SortBy = NonNullable<ConversationListFilter["sortBy"]>;

const DEFAULT_ORDER: Record<SortBy, "asc" | "desc"> = {
  last_activity_at: "desc",
  created_at: "asc",
  priority: "desc",
  waiting_since: "asc",
};

const PRIORITY_RANK: Record<string, number> = { urgent: 4, high: 3, medium: 2, low: 1 };

function sortValue(conversation: Conversation, sortBy: SortBy): number | undefined {
  switch (sortBy) {
    case "last_activity_at":
      return conversation.last_activity_at ?? conversation.timestamp ?? undefined;
    case "created_at":
      return conversation.created_at ?? undefined;
    case "priority":
      return conversation.priority ? PRIORITY_RANK[conversation.priority] : undefined;
    case "waiting_since":
      return conversation.waiting_since || undefined;
  }
}

function assigneeMatches(conversation: Conversation, filter: ConversationListFilter): boolean {
  const wanted = filter.assignee ?? "all";
  const assignee = conversation.meta?.assignee;
  if (wanted === "all") return true;
  if (wanted === "unassigned") return !assignee;
  if (wanted === "assigned") return Boolean(assignee);
  const userId = wanted === "me" ? filter.meUserId : wanted;
  const isUser =
    (assignee?.type ?? "user") === "user" && conversation.meta?.assignee_type !== "AgentBot";
  return userId !== undefined && assignee?.id === userId && isUser;
}

/** True when `conversation` belongs in a list filtered by `filter` (its sort is ignored). */
export function conversationMatches(
  conversation: Conversation,
  filter: ConversationListFilter,
): boolean {
  if (filter.status && filter.status !== "all" && conversation.status !== filter.status)
    return false;
  if (filter.inboxId !== undefined && conversation.inbox_id !== filter.inboxId) return false;
  if (filter.teamId !== undefined && conversation.meta?.team?.id !== filter.teamId) return false;
  if (filter.labels && filter.labels.length > 0) {
    const labels = conversation.labels ?? [];
    if (!filter.labels.some((label) => labels.includes(label))) return false;
  }
  return assigneeMatches(conversation, filter);
}

function compareBy(sortBy: SortBy, order: "asc" | "desc") {
  const sign = order === "asc" ? 1 : -1;
  return (a: Conversation, b: Conversation): number => {
    const left = sortValue(a, sortBy);
    const right = sortValue(b, sortBy);
    if (left !== right) {
      if (left === undefined) return 1;
      if (right === undefined) return -1;
      return sign * (left - right);
    }
    const activity =
      (b.last_activity_at ?? b.timestamp ?? 0) - (a.last_activity_at ?? a.timestamp ?? 0);
    return activity || b.id - a.id;
  };
}

/** Filter fields in a fixed order, so equal filters share one cache entry. */
function cacheKey(filter: ConversationListFilter): string {
  return JSON.stringify([
    filter.status ?? "all",
    filter.assignee ?? "all",
    filter.meUserId ?? null,
    filter.inboxId ?? null,
    filter.teamId ?? null,
    [...(filter.labels ?? [])].sort(),
    filter.sortBy ?? "last_activity_at",
    filter.order ?? null,
  ]);
}

interface CacheEntry {
  conversations: UniLinkState["conversations"];
  result: readonly Conversation[];
}

/** Distinct filters remembered at once; the least recently used is forgotten first. */
const CACHE_LIMIT = 64;
const cache = new Map<string, CacheEntry>();

function remember(key: string, entry: CacheEntry): void {
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
}

/**
 * Conversations matching `filter`, sorted. Memoized per filter: the same
 * array is returned while no conversation it covers changed (a change to a
 * conversation outside the list, or one that does not move it, keeps it).
 */
export function selectConversationList(
  state: UniLinkState,
  filter: ConversationListFilter = {},
): readonly Conversation[] {
  const key = cacheKey(filter);
  const entry = cache.get(key);
  if (entry?.conversations === state.conversations) {
    remember(key, entry);
    return entry.result;
  }
  const sortBy = filter.sortBy ?? "last_activity_at";
  const found = valuesOf(state.conversations).filter((conversation) =>
    conversationMatches(conversation, filter),
  );
  found.sort(compareBy(sortBy, filter.order ?? DEFAULT_ORDER[sortBy]));
  let result: readonly Conversation[] = found.length === 0 ? EMPTY : found;
  if (entry && sameItems(entry.result, result)) result = entry.result;
  remember(key, { conversations: state.conversations, result });
  return result;
}
