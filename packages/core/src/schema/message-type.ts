/** `message_type` values: who a message comes from. */
export const MessageType = {
  /** From the contact. */
  incoming: 0,
  /** From an agent or bot. */
  outgoing: 1,
  /** A system note ("Conversation resolved by ..."). */
  activity: 2,
  /** A WhatsApp-style template message. */
  template: 3,
} as const;

/** One of {@link MessageType}'s values (newer servers may add more). */
export type MessageTypeValue = (typeof MessageType)[keyof typeof MessageType] | (number & {});
