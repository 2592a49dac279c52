import * as z from "zod/mini";

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

const byName: Record<string, number> = MessageType;

/** Accepts the integer the socket sends, or the name some REST payloads use. */
export const MessageTypeSchema = z.pipe(
  z.union([z.number(), z.string()]),
  z.transform((value: number | string, ctx): MessageTypeValue => {
    if (typeof value === "number") return value;
    const known = byName[value];
    if (known !== undefined) return known;
    if (/^\d+$/.test(value)) return Number(value);
    ctx.issues.push({ code: "custom", message: "unknown message_type", input: value });
    return z.NEVER;
  }),
);
