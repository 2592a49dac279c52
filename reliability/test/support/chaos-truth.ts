import type { UniLinkState } from "@unilink/core";
import type { FakePlatform } from "@unilink/testing";

const MAX_LISTED = 25;

/** The platform's ISO `snoozed_until` in unix seconds, as the store keeps it. */
function seconds(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso) / 1000;
}

function describeIds(ids: readonly unknown[]): string {
  return ids.length <= 8
    ? ids.join(",")
    : `${ids.slice(0, 4).join(",")},…,${ids.slice(-4).join(",")} (${ids.length})`;
}

function threadProblems(
  conversationId: number,
  truth: ReturnType<FakePlatform["messages"]>,
  state: UniLinkState,
): string[] {
  const list = state.messages[conversationId];
  const storedIds = (list?.ids ?? []).map((key) => list?.byId[key]?.id);
  const truthIds = truth.map((message) => message.id);
  const problems: string[] = [];
  const seen = new Set<unknown>();
  const twice: unknown[] = [];
  for (const id of storedIds) {
    if (seen.has(id)) twice.push(id);
    seen.add(id);
  }
  if (twice.length > 0) problems.push(`listed twice: ${describeIds(twice)}`);
  const truthSet = new Set<unknown>(truthIds);
  const missing = truthIds.filter((id) => !seen.has(id));
  const extra = [...seen].filter((id) => !truthSet.has(id));
  if (missing.length > 0) problems.push(`missing: ${describeIds(missing)}`);
  if (extra.length > 0) problems.push(`not on the server: ${describeIds(extra)}`);
  if (problems.length === 0 && storedIds.some((id, index) => id !== truthIds[index])) {
    problems.push(`out of order: ${describeIds(storedIds)} vs ${describeIds(truthIds)}`);
  }
  for (const message of truth) {
    const stored = list?.byId[String(message.id)];
    if (stored && stored.content !== message.content) {
      problems.push(`message ${message.id} reads ${JSON.stringify(stored.content)}`);
    }
  }
  return problems.map((problem) => `conversation ${conversationId}: ${problem}`);
}

/**
 * Where the client's store differs from the platform's truth, as readable
 * lines (empty when equal): every conversation present with the server's
 * status, assignee, team, labels, priority, snooze time, unread count and
 * contact (name and phone, on the row and in the contacts); every message of every thread exactly
 * once, in the server's order, with its text; nothing the server does not
 * have; the agent's notification counts.
 *
 * `othersReadUnseen`: the client's agent never reads, while another agent
 * does. A read sends no event (`update_last_seen`), so when the server's
 * count is 0 because someone else read after the last incoming message,
 * this client cannot know until the next message or list refresh: that
 * count is not compared. Every non-zero count still is.
 */
export function divergences(
  state: UniLinkState,
  platform: FakePlatform,
  userId: number,
  { othersReadUnseen = false }: { othersReadUnseen?: boolean } = {},
): string[] {
  const problems: string[] = [];
  const truthConversations = platform.conversations();
  for (const truth of truthConversations) {
    const stored = state.conversations[truth.id];
    if (!stored) {
      problems.push(`conversation ${truth.id}: missing`);
      continue;
    }
    const sender = stored.meta?.sender;
    const contact = truth.meta.sender;
    const fields: [string, unknown, unknown][] = [
      ["status", stored.status, truth.status],
      [
        "unread_count",
        stored.unread_count,
        othersReadUnseen && truth.unread_count === 0 ? stored.unread_count : truth.unread_count,
      ],
      ["assignee", stored.meta?.assignee?.id ?? null, truth.meta.assignee?.id ?? null],
      ["team", stored.meta?.team?.id ?? null, truth.meta.team?.id ?? null],
      ["labels", (stored.labels ?? []).join(","), truth.labels.join(",")],
      ["priority", stored.priority ?? null, truth.priority ?? null],
      ["snoozed_until", stored.snoozed_until ?? null, seconds(truth.snoozed_until)],
      ["contact name", sender?.name, contact.name],
      ["contact phone", sender?.phone_number ?? null, contact.phone_number ?? null],
      ["stored contact name", state.contacts[contact.id]?.name, contact.name],
    ];
    for (const [name, actual, expected] of fields) {
      if (actual !== expected) {
        problems.push(
          `conversation ${truth.id}: ${name} ${String(actual)}, server ${String(expected)}`,
        );
      }
    }
    problems.push(...threadProblems(truth.id, platform.messages(truth.id), state));
  }
  const known = new Set(truthConversations.map((c) => String(c.id)));
  for (const id of Object.keys(state.conversations)) {
    if (!known.has(id)) problems.push(`conversation ${id}: not on the server`);
  }
  const notifications = platform.notifications(userId);
  const unread = notifications.filter((n) => n.read_at == null).length;
  if (
    state.notifications.count !== notifications.length ||
    state.notifications.unreadCount !== unread
  ) {
    problems.push(
      `notifications: ${state.notifications.unreadCount}/${state.notifications.count} unread/total, server ${unread}/${notifications.length}`,
    );
  }
  return problems.length > MAX_LISTED
    ? [...problems.slice(0, MAX_LISTED), `… and ${problems.length - MAX_LISTED} more`]
    : problems;
}
