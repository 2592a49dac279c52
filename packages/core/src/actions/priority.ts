import { runFieldAction } from "./field-action";
import type { ActionHost, ActionOutcome } from "./host";

/** Conversation priorities, most urgent first (`null` is none). */
export const CONVERSATION_PRIORITIES = ["urgent", "high", "medium", "low"] as const;

/** One of {@link CONVERSATION_PRIORITIES}. */
export type ConversationPriorityValue = (typeof CONVERSATION_PRIORITIES)[number];

/**
 * Sets a conversation's priority, or with `null` clears it (`POST
 * .../toggle_priority {priority}`). Other dashboards get `conversation.updated`.
 */
export function setConversationPriority(
  client: ActionHost,
  conversationId: number,
  priority: ConversationPriorityValue | null,
): Promise<ActionOutcome> {
  return runFieldAction(client, conversationId, { priority }, (api) =>
    api.setPriority(conversationId, priority),
  );
}
