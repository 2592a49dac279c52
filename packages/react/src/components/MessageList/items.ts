import type { StoredMessage } from "@unilink/core";
import { dayStart } from "../internal/time";
import { type MessageRole, roleOf, senderKey, type Viewer } from "./direction";

/** A row of the message log: a day separator or a message with its place in its group. */
export type MessageItem =
  | { kind: "day"; key: string; day: number }
  | {
      kind: "message";
      key: string;
      message: StoredMessage;
      role: MessageRole;
      /** First message of a run by the same sender (shows the name). */
      first: boolean;
      /** Last message of the run (shows the avatar). */
      last: boolean;
    };

/** Messages within this many seconds of the previous one by the same sender join its group. */
const GROUP_GAP_SECONDS = 5 * 60;

function joins(
  previous: StoredMessage | undefined,
  message: StoredMessage,
  viewer: Viewer,
): boolean {
  if (!previous) return false;
  if (roleOf(previous, viewer) === "activity" || roleOf(message, viewer) === "activity")
    return false;
  if (Boolean(previous.private) !== Boolean(message.private)) return false;
  if (senderKey(previous) !== senderKey(message)) return false;
  return message.created_at - previous.created_at < GROUP_GAP_SECONDS;
}

/**
 * Day separators plus messages marked first/last of their sender group
 * (same sender, same kind, same day, less than 5 minutes apart).
 */
export function buildMessageItems(
  messages: readonly StoredMessage[],
  viewer: Viewer,
): MessageItem[] {
  const items: MessageItem[] = [];
  let previous: StoredMessage | undefined;
  let previousDay: number | undefined;
  let lastMessageItem: Extract<MessageItem, { kind: "message" }> | undefined;
  for (const message of messages) {
    const day = dayStart(message.created_at);
    const newDay = day !== previousDay;
    if (newDay) items.push({ kind: "day", key: `day-${day}`, day });
    const grouped = !newDay && joins(previous, message, viewer);
    if (!grouped && lastMessageItem) lastMessageItem.last = true;
    lastMessageItem = {
      kind: "message",
      key: String(message.id),
      message,
      role: roleOf(message, viewer),
      first: !grouped,
      last: false,
    };
    items.push(lastMessageItem);
    previous = message;
    previousDay = day;
  }
  if (lastMessageItem) lastMessageItem.last = true;
  return items;
}
