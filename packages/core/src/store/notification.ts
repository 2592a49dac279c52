import type { Notification } from "../schema/notification";
import { type Drafts, writable } from "./batch";
import { entityOf } from "./envelope";
import { mergeEntity } from "./equal";
import { readEntry } from "./persistent/persistent-view";
import { removeEntry, setEntry } from "./records";
import type { NotificationsState, UniLinkState } from "./state";

/** Counts as an event carries them; either may be missing on older servers. */
export interface NotificationCounts {
  unread_count?: number | null;
  count?: number | null;
}

function sortTime(notification: Notification | undefined): number {
  return notification?.last_activity_at ?? notification?.created_at ?? 0;
}

/** True when `a` is listed before `b`: newest activity first, then highest id. */
function listedBefore(a: Notification, b: Notification): boolean {
  const difference = sortTime(a) - sortTime(b);
  return difference > 0 || (difference === 0 && a.id > b.id);
}

/** `ids` with `notification` moved (or added) to its place; `ids` are kept sorted, so binary search. */
function placed(
  ids: readonly number[],
  byId: Readonly<Record<number, Notification>>,
  notification: Notification,
  listed: boolean,
  drafts: Drafts | undefined,
): readonly number[] {
  const next = writable(ids as number[], drafts);
  const current = listed ? next.indexOf(notification.id) : -1;
  if (current >= 0) next.splice(current, 1);
  let low = 0;
  let high = next.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = readEntry(byId, next[middle] as number) as Notification;
    if (listedBefore(other, notification)) low = middle + 1;
    else high = middle;
  }
  next.splice(low, 0, notification.id);
  return next;
}

function withCounts(slice: NotificationsState, counts: NotificationCounts): NotificationsState {
  const unreadCount = counts.unread_count ?? slice.unreadCount;
  const count = counts.count ?? slice.count;
  if (unreadCount === slice.unreadCount && count === slice.count) return slice;
  return { ...slice, unreadCount, count };
}

function commit(state: UniLinkState, notifications: NotificationsState): UniLinkState {
  return notifications === state.notifications ? state : { ...state, notifications };
}

/** Stores the server's counts (either may be missing). */
export function setNotificationCounts(state: UniLinkState, counts: NotificationCounts) {
  return commit(state, withCounts(state.notifications, counts));
}

/** Merges a notification and re-sorts only when its position can have moved. */
export function storeNotification(
  state: UniLinkState,
  incoming: Notification,
  counts: NotificationCounts,
  drafts?: Drafts,
): UniLinkState {
  const slice = state.notifications;
  const stored = readEntry(slice.byId, incoming.id);
  const notification = mergeEntity<Notification>(stored, entityOf(incoming));
  let next = slice;
  if (notification !== stored) {
    const byId = setEntry(slice.byId, notification.id, notification, drafts);
    const ids =
      stored && sortTime(stored) === sortTime(notification)
        ? slice.ids
        : placed(slice.ids, byId, notification, stored !== undefined, drafts);
    next = { ...slice, byId, ids };
  }
  return commit(state, withCounts(next, counts));
}

/** Removes a notification. */
export function removeNotification(
  state: UniLinkState,
  id: number,
  counts: NotificationCounts,
  drafts?: Drafts,
): UniLinkState {
  const slice = state.notifications;
  // Checked first: a draft `byId` loses the key in place, so identity tells nothing.
  if (readEntry(slice.byId, id) === undefined) return commit(state, withCounts(slice, counts));
  const ids = writable(slice.ids as number[], drafts);
  const index = ids.indexOf(id);
  if (index >= 0) ids.splice(index, 1);
  const next = { ...slice, byId: removeEntry(slice.byId, id, drafts), ids };
  return commit(state, withCounts(next, counts));
}
