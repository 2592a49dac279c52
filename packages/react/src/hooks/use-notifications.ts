import { type Notification, selectNotifications } from "@unilink/core";
import { shallow } from "zustand/vanilla/shallow";
import { useSelected } from "../internal/use-selected";

/** What {@link useNotifications} returns. */
export interface NotificationsView {
  /** Notifications, newest activity first. */
  readonly notifications: readonly Notification[];
  /** Unread notifications, as the server last counted them. */
  readonly unreadCount: number;
  /** All notifications, as the server last counted them. */
  readonly count: number;
}

/**
 * The signed-in agent's notifications and the server's counters. The
 * returned object (and its array) keep their identity until one of them
 * changes, so it can go straight into a memoized child's props.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const { notifications, unreadCount } = useNotifications();
 * return <Bell badge={unreadCount} items={notifications} />;
 */
export function useNotifications(): NotificationsView {
  return useSelected(
    "useNotifications",
    (state) => ({
      notifications: selectNotifications(state),
      unreadCount: state.notifications.unreadCount,
      count: state.notifications.count,
    }),
    shallow,
  );
}
