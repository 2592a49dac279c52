import type { Conversation } from "../schema/conversation";
import { conversationMatches } from "../selectors/conversation-list";
import type { ConversationCounts } from "../store/sync-state";
import { type ConversationListQuery, conversationQueryToFilter } from "./query";

const COUNTED = [
  ["allCount", "all"],
  ["assignedCount", "assigned"],
  ["unassignedCount", "unassigned"],
  ["mineCount", "me"],
] as const;

/**
 * A list's server counts after one conversation changed from `before` to
 * `after` (either may be absent). Counts cover the query's status, inbox and
 * team, not its assignee filter, like the platform's `meta`; a count the
 * server did not send stays absent. Returns `counts` itself when none moved.
 */
export function shiftCounts(
  counts: ConversationCounts,
  query: ConversationListQuery,
  meUserId: number | undefined,
  before: Conversation | undefined,
  after: Conversation | undefined,
): ConversationCounts {
  const scope = conversationQueryToFilter({ ...query, assigneeType: "all" }, meUserId);
  let next = counts;
  for (const [field, assignee] of COUNTED) {
    const current = next[field];
    if (current === undefined) continue;
    const filter = { ...scope, assignee };
    const was = before !== undefined && conversationMatches(before, filter) ? 1 : 0;
    const is = after !== undefined && conversationMatches(after, filter) ? 1 : 0;
    if (was !== is) next = { ...next, [field]: Math.max(0, current + is - was) };
  }
  return next;
}
