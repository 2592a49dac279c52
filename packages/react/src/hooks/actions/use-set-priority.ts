import {
  type ActionOutcome,
  type ConversationPriorityValue,
  setConversationPriority,
} from "@unilink/core";
import { useCallback } from "react";
import { useClientFor } from "../../internal/use-client-for";

/**
 * A stable `setPriority(priority | null)` for one conversation (optimistic,
 * rolled back with a typed error on failure; never rejects).
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const setPriority = useSetPriority(conversationId);
 * <button onClick={() => setPriority("urgent")}>Urgent</button>
 */
export function useSetPriority(
  conversationId: number,
): (priority: ConversationPriorityValue | null) => Promise<ActionOutcome> {
  const client = useClientFor("useSetPriority");
  return useCallback(
    (priority: ConversationPriorityValue | null) =>
      setConversationPriority(client, conversationId, priority),
    [client, conversationId],
  );
}
