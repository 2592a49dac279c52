import type { StoredMessage } from "@unilink/core";

/** Who is reading: an agent (dashboard) or the contact (widget). */
export type Viewer = "agent" | "contact";

/** How a message is laid out for the viewer. */
export type MessageRole = "incoming" | "outgoing" | "activity";

/** `outgoing` for the viewer's side (agents' replies for an agent, the contact's own for a contact). */
export function roleOf(message: StoredMessage, viewer: Viewer): MessageRole {
  const type = message.message_type ?? 0;
  if (type === 2) return "activity";
  const fromContact = type === 0;
  return fromContact === (viewer === "contact") ? "outgoing" : "incoming";
}

/** Stable identity of whoever wrote a message, for grouping. */
export function senderKey(message: StoredMessage): string {
  const type = message.sender?.type ?? message.sender_type ?? "";
  const id = message.sender?.id ?? message.sender_id ?? "";
  return `${String(type).toLowerCase()}:${id}:${message.message_type ?? 0}`;
}
