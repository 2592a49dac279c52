import { describeNotification } from "@unilink/core";
import { useMarkNotificationsRead, useNotifications } from "@unilink/react";

/** The agent's notifications: who wrote and what, marked read on click. */
export function NotificationList({ onOpen }: { onOpen: (conversationId: number) => void }) {
  const { notifications, unreadCount } = useNotifications();
  const markRead = useMarkNotificationsRead();
  return (
    <section aria-label="Notifications">
      <button type="button" disabled={unreadCount === 0} onClick={() => markRead("all")}>
        Mark all as read
      </button>
      <ul>
        {notifications.map((notification) => {
          // Contact name from primary_actor, message text from secondary_actor.
          const { conversationId, contactName, messageText, title } =
            describeNotification(notification);
          return (
            <li key={notification.id}>
              <button
                type="button"
                aria-current={notification.read_at == null ? "true" : undefined}
                onClick={() => {
                  // Shown read at once; undone (and reported to onError) if the server refuses.
                  void markRead([notification.id]);
                  if (conversationId !== undefined) onOpen(conversationId);
                }}
              >
                <strong>{contactName ?? title}</strong> {messageText}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
