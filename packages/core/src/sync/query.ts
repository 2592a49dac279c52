import type { AssigneeType } from "../api/agent-api";
import type { ConversationStatus } from "../schema/conversation";
import type { ConversationListFilter } from "../selectors/conversation-list";

/**
 * Which conversation list to load (agents; a contact has one list and
 * ignores it). Omitted fields use the server's defaults (`status` open).
 */
export interface ConversationListQuery {
  status?: ConversationStatus | "all";
  assigneeType?: AssigneeType;
  inboxId?: number;
  teamId?: number;
  /** `latest` (default), `created_at_asc`, `priority_desc`, `waiting_since_asc`. */
  sortBy?: string;
  /**
   * Search: conversations with a message containing this text, in any
   * status (the platform ignores `status` then). Render the results with
   * `selectConversationsForQuery`: the store cannot match message text itself.
   */
  q?: string;
}

/** The key of a list's load state in `state.sync.lists`: equal queries, equal keys. */
export function conversationQueryKey(query: ConversationListQuery = {}): string {
  const key: unknown[] = [
    query.status ?? null,
    query.assigneeType ?? null,
    query.inboxId ?? null,
    query.teamId ?? null,
    query.sortBy ?? null,
  ];
  // Only searches carry a seventh element, so every other list keeps its key.
  if (query.q) key.push(query.q);
  return JSON.stringify(key);
}

const SORTS: Record<string, ConversationListFilter["sortBy"]> = {
  latest: "last_activity_at",
  last_activity_at_desc: "last_activity_at",
  created_at_asc: "created_at",
  sort_on_created_at: "created_at",
  priority_desc: "priority",
  sort_on_priority: "priority",
  waiting_since_asc: "waiting_since",
  sort_on_waiting_since: "waiting_since",
};

/**
 * The store filter showing what a loaded query covers, for
 * `selectConversationList`: a hook loads with the query and renders with this.
 */
export function conversationQueryToFilter(
  query: ConversationListQuery = {},
  meUserId?: number,
): ConversationListFilter {
  return {
    status: query.status ?? "open",
    assignee: query.assigneeType ?? "all",
    meUserId,
    inboxId: query.inboxId,
    teamId: query.teamId,
    sortBy: SORTS[query.sortBy ?? "latest"] ?? "last_activity_at",
  };
}

/** The platform's `sort_by` for each local order; the server's default order needs none. */
const REST_SORTS: Record<NonNullable<ConversationListFilter["sortBy"]>, string | undefined> = {
  last_activity_at: undefined,
  priority: "priority_desc",
  waiting_since: "waiting_since_asc",
  created_at: "created_at_asc",
};

const SERVER_ASSIGNEES: ReadonlySet<unknown> = new Set(["me", "unassigned", "assigned", "all"]);

/**
 * The REST query that fetches the conversations `filter` shows, in the
 * order shown: status, assignee (`me`, `unassigned`, `assigned`, `all`),
 * inbox, team and sort go to the server; what it cannot filter by (one
 * agent's id, labels) `selectConversationList` applies locally. The inverse
 * of {@link conversationQueryToFilter}.
 */
export function conversationFilterToQuery(
  filter: ConversationListFilter = {},
): ConversationListQuery {
  const query: ConversationListQuery = {};
  if (filter.status !== undefined) query.status = filter.status;
  if (SERVER_ASSIGNEES.has(filter.assignee)) query.assigneeType = filter.assignee as AssigneeType;
  if (filter.inboxId !== undefined) query.inboxId = filter.inboxId;
  if (filter.teamId !== undefined) query.teamId = filter.teamId;
  const sortBy = filter.sortBy === undefined ? undefined : REST_SORTS[filter.sortBy];
  if (sortBy !== undefined) query.sortBy = sortBy;
  return query;
}
