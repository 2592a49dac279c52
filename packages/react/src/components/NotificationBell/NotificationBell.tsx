import { describeNotification, type Notification, type NotificationSummary } from "@unilink/core";
import { type ComponentType, useEffect, useId, useRef, useState } from "react";
import { stripBidiControls } from "../../content/bidi";
import { useNotifications } from "../../hooks/use-notifications";
import { useNotificationsReadAction } from "../internal/actions";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { formatRelative } from "../internal/time";
import { useNow } from "../internal/use-now";

/** Every visible or announced string of {@link NotificationBell}. */
export interface NotificationBellLabels {
  /** Accessible name of the bell button. */
  button: (unread: number) => string;
  /** Heading of the panel. */
  title: string;
  /** Shown when there is no notification. */
  empty: string;
  /** The "mark all read" button. */
  markAllRead: string;
  /** Title of a notification without a push title. */
  fallbackTitle: (notification: Notification) => string;
  /** Marker of an unread item, for assistive technology. */
  unread: string;
  /** What happened, when the notification quotes no message (e.g. an assignment). */
  describe: (summary: NotificationSummary) => string;
}

const TYPES: Record<string, string> = {
  conversation_creation: "New conversation",
  conversation_assignment: "Conversation assigned to you",
  assigned_conversation_new_message: "New message in your conversation",
  participating_conversation_new_message: "New message",
  conversation_mention: "You were mentioned",
};

/** English defaults of {@link NotificationBellLabels}. */
export const defaultNotificationBellLabels: NotificationBellLabels = {
  button: (unread) => (unread > 0 ? `Notifications, ${unread} unread` : "Notifications"),
  title: "Notifications",
  empty: "You're all caught up.",
  markAllRead: "Mark all as read",
  fallbackTitle: (notification) => TYPES[notification.notification_type ?? ""] ?? "Notification",
  unread: "Unread",
  describe: (summary) =>
    summary.type === "conversation_assignment" && summary.actorName
      ? `${summary.actorName} assigned this conversation to you`
      : (summary.title ?? TYPES[summary.type] ?? "Notification"),
};

/** Props of one notification item (the default one, or `components.Item`). */
export interface NotificationItemProps {
  /** The notification. */
  notification: Notification;
  /** Its title text (bidi controls removed): the contact's name, else the server's title. */
  title: string;
  /** Who and what it is about (core's `describeNotification`). */
  summary: NotificationSummary;
  /** Clock, ms. */
  now: number;
  /** Locale for the time. */
  locale?: string;
  /** Strings. */
  labels: NotificationBellLabels;
  /** Opens it (marks it read). */
  onOpen: () => void;
}

/** Inner parts of {@link NotificationBell} an app may replace. */
export interface NotificationBellComponents {
  /** One notification in the panel. */
  Item: ComponentType<NotificationItemProps>;
}

/** Props of {@link NotificationBell}. */
export interface NotificationBellProps {
  /** Called when a notification is opened (e.g. navigate to its conversation). */
  onSelect?: (notification: Notification) => void;
  /** Marks notifications read. Default: the client's `markNotificationsRead`, when it has one. */
  onMarkRead?: (ids: readonly number[] | "all") => void;
  /** Locale for times. */
  locale?: string;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<NotificationBellLabels>;
  /** Replace inner parts. */
  components?: Partial<NotificationBellComponents>;
}

function DefaultItem({
  notification,
  title,
  summary,
  now,
  locale,
  labels,
  onOpen,
}: NotificationItemProps) {
  const unread = notification.read_at == null;
  const detail = stripBidiControls(summary.messageText ?? labels.describe(summary));
  const time = notification.last_activity_at ?? notification.created_at;
  return (
    <button
      type="button"
      className={cx("unilink-notification", unread && "unilink-notification--unread")}
      onClick={onOpen}
    >
      {unread && <span className="unilink-sr-only">{labels.unread}: </span>}
      <span className="unilink-notification__title" dir="auto">
        {title}
      </span>
      <span className="unilink-notification__text" dir="auto">
        {detail}
      </span>
      {time != null && (
        <span className="unilink-notification__time">{formatRelative(time, now, locale)}</span>
      )}
    </button>
  );
}

/**
 * A bell button with the unread count (from `useNotifications`) that opens
 * a panel listing notifications, newest first. Opening an item marks it
 * read and calls `onSelect`; "Mark all as read" marks everything. Escape
 * or a click outside closes the panel and focus returns to the bell.
 *
 * @example
 * <NotificationBell onSelect={(n) => openConversation(n.primary_actor_id)} />
 */
export function NotificationBell({
  onSelect,
  onMarkRead,
  locale,
  className,
  labels,
  components,
}: NotificationBellProps) {
  const l = useLabels(defaultNotificationBellLabels, labels);
  const Item = components?.Item ?? DefaultItem;
  const { notifications, unreadCount } = useNotifications();
  const clientMarkRead = useNotificationsReadAction();
  const markRead = onMarkRead ?? clientMarkRead;
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const now = useNow(60_000);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    // On the document: focus may have left the panel (e.g. a button that just got disabled).
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const openItem = (notification: Notification) => {
    if (notification.read_at == null) markRead([notification.id]);
    onSelect?.(notification);
    close();
  };

  return (
    <div ref={rootRef} className={cx("unilink-root", "unilink-bell", className)}>
      <button
        ref={buttonRef}
        type="button"
        className="unilink-button unilink-bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={l.button(unreadCount)}
        onClick={() => setOpen((value) => !value)}
      >
        <svg
          className="unilink-bell__icon"
          viewBox="0 0 24 24"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {unreadCount > 0 && (
          <span className="unilink-badge unilink-bell__count" aria-hidden="true">
            {unreadCount > 99 ? "99+" : unreadCount}
          </span>
        )}
      </button>
      <section id={panelId} className="unilink-bell__panel" aria-label={l.title} hidden={!open}>
        <div className="unilink-bell__header">
          <h2 className="unilink-bell__title">{l.title}</h2>
          <button
            type="button"
            className="unilink-button unilink-bell__mark-all"
            aria-disabled={unreadCount === 0}
            onClick={() => unreadCount > 0 && markRead("all")}
          >
            {l.markAllRead}
          </button>
        </div>
        {notifications.length === 0 ? (
          <p className="unilink-empty">{l.empty}</p>
        ) : (
          <ul className="unilink-bell__list">
            {notifications.map((notification) => {
              const summary = describeNotification(notification);
              return (
                <li key={notification.id}>
                  <Item
                    notification={notification}
                    summary={summary}
                    title={stripBidiControls(
                      summary.contactName ?? (summary.title || l.fallbackTitle(notification)),
                    )}
                    now={now}
                    locale={locale}
                    labels={l}
                    onOpen={() => openItem(notification)}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
