import type { Notification } from "../schema/notification";

/** What a notification is about, in the fields a list item shows. */
export interface NotificationSummary {
  /** The conversation to open (display id), when known. */
  conversationId: number | undefined;
  /** The contact the conversation is with (`primary_actor.meta.sender.name`). */
  contactName: string | undefined;
  /** The message it is about (`secondary_actor.content`), for new messages and mentions. */
  messageText: string | undefined;
  /** Who acted (`secondary_actor.name` when it is a user, e.g. who assigned). */
  actorName: string | undefined;
  /** `conversation_assignment`, `conversation_mention`, ... */
  type: string;
  /** The server's own title (`push_message_title`), when any. */
  title: string | undefined;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;

/**
 * Reads a notification's payload as the platform sends it: the conversation
 * (`primary_actor`, with `meta.sender`), and the message or user it is about
 * (`secondary_actor`). Missing or malformed parts come back `undefined`.
 *
 * @example
 * const { contactName, messageText } = describeNotification(notification);
 * // "Bruno Costa", "My parcel never arrived"
 */
export function describeNotification(notification: Notification): NotificationSummary {
  const conversation = record(notification.primary_actor);
  const sender = record(record(conversation?.meta)?.sender);
  const secondary = record(notification.secondary_actor);
  const isUser = secondary?.type === "user" || secondary?.type === "agent_bot";
  const id = notification.primary_actor_id ?? conversation?.id;
  return {
    conversationId: typeof id === "number" ? id : undefined,
    contactName: text(sender?.name),
    messageText: isUser ? undefined : text(secondary?.content),
    actorName: isUser ? text(secondary?.name) : undefined,
    type: notification.notification_type ?? "",
    title: text(notification.push_message_title),
  };
}
