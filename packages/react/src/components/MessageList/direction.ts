import {
  type MessageDirection,
  type MessageViewer,
  messageDirection,
  type StoredMessage,
} from "@unilink/core";

/** Who is reading: an agent (dashboard) or the contact (widget); core's `MessageViewer`. */
export type Viewer = MessageViewer;

/** How a message is laid out for the viewer; core's `MessageDirection`. */
export type MessageRole = MessageDirection;

/** `outgoing` for the viewer's side: core's `messageDirection` decides from `message_type`. */
export const roleOf: (message: StoredMessage, viewer: Viewer) => MessageRole = messageDirection;

/** Stable identity of whoever wrote a message, for grouping. */
export function senderKey(message: StoredMessage): string {
  const type = message.sender?.type ?? message.sender_type ?? "";
  const id = message.sender?.id ?? message.sender_id ?? "";
  return `${String(type).toLowerCase()}:${id}:${message.message_type ?? 0}`;
}
