import { useNotifications, useUniLinkEvent } from "@unilink/react";

/** Plays a sound for customer messages outside the open conversation. Renders nothing. */
export function NewMessageSound({ openConversationId }: { openConversationId?: number }) {
  // `message` is typed from the event name. The latest handler is always the one called,
  // and an inline arrow does not resubscribe on every render.
  useUniLinkEvent("message.created", (message) => {
    const fromCustomer = message.message_type === 0;
    if (fromCustomer && message.conversation_id !== openConversationId) {
      void new Audio("/sounds/ding.mp3").play().catch(() => {});
    }
  });
  return null;
}

/** The notification counter, straight from the server's counts. */
export function NotificationCounter() {
  const { unreadCount, count } = useNotifications();
  return (
    <span title={`${unreadCount} unread of ${count} notifications`}>
      {unreadCount > 99 ? "99+" : unreadCount}
      <span className="visually-hidden"> unread notifications</span>
    </span>
  );
}
