import type { PlatformContext } from "./context";
import { conversationPayload, messagePayload, notificationPayload } from "./present";
import type { ConversationRow, MessageRow } from "./records";

/** Conversations per page of the agent API. */
export const CONVERSATIONS_PER_PAGE = 25;
/** Messages in a latest or `before=` page. */
export const MESSAGES_PER_PAGE = 20;
/** Most messages in an `after=` page. */
export const MESSAGES_AFTER_LIMIT = 100;

/** Query of `GET /api/v1/accounts/{account}/conversations`. */
export interface ConversationQuery {
  /** `open` (default), `resolved`, `pending`, `snoozed` or `all`. */
  status?: string;
  /** `me`, `unassigned`, `assigned` or `all` (default). */
  assigneeType?: string;
  inboxId?: number;
  teamId?: number;
  /** 1-based. Default 1. */
  page?: number;
  /** `latest`/`last_activity_at_desc` (default), `created_at_asc`, `priority_desc`, `waiting_since_asc`. */
  sortBy?: string;
  /** Only conversations updated in the last N seconds, unpaginated. */
  updatedWithin?: number;
  /** Search: a message of it (incoming or outgoing) contains this text, any case; any status. */
  q?: string;
}

/** True when one of the conversation's incoming/outgoing messages contains `q` (any case). */
function mentions(ctx: PlatformContext, conversation: ConversationRow, q: string): boolean {
  const wanted = q.toLowerCase();
  return ctx
    .messagesOf(conversation)
    .some(
      (m) =>
        (m.messageType === 0 || m.messageType === 1) &&
        (m.content ?? "").toLowerCase().includes(wanted),
    );
}

type Sorter = (a: ConversationRow, b: ConversationRow) => number;

const byActivity: Sorter = (a, b) => b.lastActivityAtMs - a.lastActivityAtMs || b.id - a.id;
const PRIORITY: Record<string, number> = { urgent: 4, high: 3, medium: 2, low: 1 };

const SORTERS: Record<string, Sorter> = {
  latest: byActivity,
  last_activity_at_desc: byActivity,
  created_at_asc: (a, b) => a.createdAtMs - b.createdAtMs || a.id - b.id,
  sort_on_created_at: (a, b) => a.createdAtMs - b.createdAtMs || a.id - b.id,
  priority_desc: (a, b) =>
    (PRIORITY[b.priority ?? ""] ?? 0) - (PRIORITY[a.priority ?? ""] ?? 0) || byActivity(a, b),
  waiting_since_asc: (a, b) =>
    (a.waitingSinceMs ?? Infinity) - (b.waitingSinceMs ?? Infinity) || byActivity(a, b),
};

function assigneeMatches(conversation: ConversationRow, type: string, userId: number) {
  if (type === "me") return conversation.assigneeId === userId;
  if (type === "unassigned") return conversation.assigneeId === null;
  if (type === "assigned") return conversation.assigneeId !== null;
  return true;
}

/**
 * The agent conversation list: `{data: {meta: {mine_count, assigned_count,
 * unassigned_count, all_count}, payload}}`. Counts cover the status, inbox
 * and team filters (not the assignee filter), like the platform.
 */
export function listConversations(
  ctx: PlatformContext,
  accountId: number,
  userId: number,
  query: ConversationQuery,
) {
  const status = query.status ?? "open";
  const q = query.q;
  // The platform's search ignores the status filter.
  let scoped = ctx.data.conversations.filter(
    (c) =>
      c.accountId === accountId &&
      (q ? mentions(ctx, c, q) : status === "all" || c.status === status) &&
      (query.inboxId === undefined || c.inboxId === query.inboxId) &&
      (query.teamId === undefined || c.teamId === query.teamId),
  );
  if (query.updatedWithin !== undefined) {
    const since = ctx.now() / 1000 - query.updatedWithin;
    scoped = scoped.filter((c) => c.updatedAt >= since);
  }
  const count = (type: string) => scoped.filter((c) => assigneeMatches(c, type, userId)).length;
  const meta = {
    mine_count: count("me"),
    assigned_count: count("assigned"),
    unassigned_count: count("unassigned"),
    all_count: scoped.length,
  };
  const sorted = scoped
    .filter((c) => assigneeMatches(c, query.assigneeType ?? "all", userId))
    .sort(SORTERS[query.sortBy ?? "latest"] ?? byActivity);
  const page = Math.max(1, query.page ?? 1);
  const rows =
    query.updatedWithin !== undefined
      ? sorted
      : sorted.slice((page - 1) * CONVERSATIONS_PER_PAGE, page * CONVERSATIONS_PER_PAGE);
  return { data: { meta, payload: rows.map((c) => conversationPayload(ctx, c)) } };
}

/** Which messages a page holds. */
export interface MessageCursor {
  before?: number;
  after?: number;
}

/**
 * One page of messages, oldest first: the latest 20, 20 before `before`, or
 * up to 100 after `after`. `visible` filters what the reader may see.
 */
export function messagePage(
  messages: readonly MessageRow[],
  cursor: MessageCursor,
  visible: (message: MessageRow) => boolean = () => true,
): MessageRow[] {
  const shown = messages.filter(visible);
  if (cursor.after !== undefined) {
    const after = cursor.after;
    return shown.filter((m) => m.id > after).slice(0, MESSAGES_AFTER_LIMIT);
  }
  const before = cursor.before;
  const older = before === undefined ? shown : shown.filter((m) => m.id < before);
  return older.slice(-MESSAGES_PER_PAGE);
}

/** What a contact may see of its conversation: no private notes, no activity. */
export function isContactVisible(message: MessageRow): boolean {
  return !message.private && message.messageType !== 2;
}

/** The agent messages endpoint: `{meta, payload}`. */
export function agentMessagePage(
  ctx: PlatformContext,
  conversation: ConversationRow,
  cursor: MessageCursor,
) {
  const rows = messagePage(ctx.messagesOf(conversation), cursor);
  const payload = conversationPayload(ctx, conversation);
  return {
    meta: {
      labels: payload.labels,
      additional_attributes: payload.additional_attributes,
      contact: payload.meta.sender,
      assignee: payload.meta.assignee,
      agent_last_seen_at: payload.agent_last_seen_at,
      assignee_last_seen_at: payload.agent_last_seen_at,
    },
    payload: rows.map((m) => messagePayload(ctx, m)),
  };
}

/** An agent's notifications: `{data: {meta: {unread_count, count, current_page}, payload}}`. */
export function listNotifications(
  ctx: PlatformContext,
  accountId: number,
  userId: number,
  page = 1,
) {
  const mine = ctx.data.notifications
    .filter((n) => n.accountId === accountId && n.userId === userId)
    .sort((a, b) => b.createdAtMs - a.createdAtMs || b.id - a.id);
  const rows = mine.slice((page - 1) * 15, page * 15);
  return {
    data: {
      meta: {
        unread_count: mine.filter((n) => n.readAtMs === null).length,
        count: mine.length,
        current_page: page,
      },
      payload: rows.map((n) => notificationPayload(ctx, n)),
    },
  };
}
