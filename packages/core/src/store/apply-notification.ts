import type { Notification } from "../schema/notification";
import { toEntity } from "./envelope";
import { preserve } from "./equal";
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

/** Newest activity first, then highest id. */
function order(byId: Readonly<Record<number, Notification>>, ids: readonly number[]) {
  return [...ids].sort((a, b) => sortTime(byId[b]) - sortTime(byId[a]) || b - a);
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
export function upsertNotification(
  state: UniLinkState,
  incoming: Notification,
  counts: NotificationCounts,
): UniLinkState {
  const slice = state.notifications;
  const stored = slice.byId[incoming.id];
  const notification = preserve(stored, { ...stored, ...toEntity(incoming) });
  let next = slice;
  if (notification !== stored) {
    const byId = setEntry(slice.byId, notification.id, notification);
    const ids =
      stored && sortTime(stored) === sortTime(notification)
        ? slice.ids
        : order(byId, stored ? slice.ids : [...slice.ids, notification.id]);
    next = { ...slice, byId, ids };
  }
  return commit(state, withCounts(next, counts));
}

/** Removes a notification. */
export function removeNotification(
  state: UniLinkState,
  id: number,
  counts: NotificationCounts,
): UniLinkState {
  const slice = state.notifications;
  const byId = removeEntry(slice.byId, id);
  const next =
    byId === slice.byId
      ? slice
      : { ...slice, byId, ids: slice.ids.filter((other) => other !== id) };
  return commit(state, withCounts(next, counts));
}
