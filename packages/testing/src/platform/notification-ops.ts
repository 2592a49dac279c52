import { PlatformError } from "./errors";
import { notificationPayload } from "./present";
import type { ConversationRow, NotificationRow } from "./records";
import type { PlatformRuntime } from "./runtime";

/** What a notification is about beside its conversation: the message, or who acted. */
export type NotificationSecondary = { messageId: number } | { userId: number | undefined };

/** The owner's counts, as every `notification.*` event carries them. */
function countsOf(runtime: PlatformRuntime, userId: number, accountId: number) {
  const mine = runtime.ctx.data.notifications.filter(
    (n) => n.userId === userId && n.accountId === accountId,
  );
  return {
    unread_count: mine.filter((n) => n.readAtMs === null).length,
    count: mine.length,
    account_id: accountId,
  };
}

function sendToOwner(runtime: PlatformRuntime, event: string, notification: NotificationRow): void {
  const { ctx } = runtime;
  runtime.bus.send(event, [ctx.user(notification.userId).pubsubToken], {
    notification: notificationPayload(ctx, notification),
    ...countsOf(runtime, notification.userId, notification.accountId),
  });
}

/**
 * Creates a notification for an agent and sends `notification.created` to
 * that agent only. `secondary` is the message it is about (new message,
 * mention) or the agent who acted (assignment), as the platform's
 * `secondary_actor`.
 */
export function notify(
  runtime: PlatformRuntime,
  userId: number,
  conversation: ConversationRow,
  notificationType: string,
  secondary?: NotificationSecondary,
): NotificationRow {
  const { ctx } = runtime;
  ctx.user(userId);
  const notification: NotificationRow = {
    id: ctx.nextId("notification"),
    accountId: conversation.accountId,
    userId,
    notificationType,
    conversationId: conversation.id,
    readAtMs: null,
    createdAtMs: ctx.now(),
    secondaryMessageId: secondary && "messageId" in secondary ? secondary.messageId : null,
    secondaryUserId: secondary && "userId" in secondary ? (secondary.userId ?? null) : null,
  };
  ctx.data.notifications.push(notification);
  sendToOwner(runtime, "notification.created", notification);
  return notification;
}

/**
 * `PATCH .../notifications/{id}`: marks one of the agent's notifications
 * read; the record's update sends `notification.updated` to its owner.
 */
export function readNotification(
  runtime: PlatformRuntime,
  userId: number,
  accountId: number,
  notificationId: number,
): NotificationRow {
  const notification = runtime.ctx.data.notifications.find(
    (n) => n.id === notificationId && n.userId === userId && n.accountId === accountId,
  );
  if (!notification) throw new PlatformError(404, "notification not found");
  notification.readAtMs = runtime.ctx.now();
  sendToOwner(runtime, "notification.updated", notification);
  return notification;
}

/**
 * `POST .../notifications/read_all`: marks every unread notification of the
 * agent in the account read. The platform does it with one `update_all`,
 * which skips the records' callbacks: no event is sent.
 */
export function readAllNotifications(
  runtime: PlatformRuntime,
  userId: number,
  accountId: number,
): void {
  const now = runtime.ctx.now();
  for (const n of runtime.ctx.data.notifications) {
    if (n.userId === userId && n.accountId === accountId && n.readAtMs === null) n.readAtMs = now;
  }
}
