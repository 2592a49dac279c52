import type { Message } from "../schema/message";
import { MessageType } from "../schema/message-type";

/** Who reads a conversation: an agent (dashboard) or the contact (widget). */
export type MessageViewer = "agent" | "contact";

/** Where a message sits for its reader: their own side, the other side, or a system note. */
export type MessageDirection = "incoming" | "outgoing" | "activity";

/**
 * The side of the conversation a message is on for `viewer`, from its
 * `message_type`: the contact writes `incoming` (0) messages, agents and
 * bots everything else except `activity` (2) notes. So an agent's own side
 * is every message not from the contact, and the contact's own side is
 * theirs.
 */
export function messageDirection(
  message: Pick<Message, "message_type">,
  viewer: MessageViewer,
): MessageDirection {
  const type = message.message_type ?? MessageType.incoming;
  if (type === MessageType.activity) return "activity";
  const fromContact = type === MessageType.incoming;
  return fromContact === (viewer === "contact") ? "outgoing" : "incoming";
}
