import type { Notification } from "../schema/notification";
import type { NotificationsState, UniLinkState } from "../store/state";
import { memoizeList } from "./memo";

const toArray = memoizeList((slice: NotificationsState) =>
  slice.ids.map((id) => slice.byId[id] as Notification),
);

/**
 * Notifications, newest activity first; the same array until one of them
 * changes (a count-only change keeps it). Counts are
 * `state.notifications.unreadCount` and `.count`.
 */
export function selectNotifications(state: UniLinkState): readonly Notification[] {
  return toArray(state.notifications);
}
