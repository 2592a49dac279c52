import {
  type ActionOutcome,
  type ConversationStatus,
  setConversationStatus,
  snoozeConversation,
} from "@unilink/core";
import { useMemo } from "react";
import { useClientFor } from "../../internal/use-client-for";

/** What {@link useConversationStatus} returns. */
export interface ConversationStatusActions {
  /** Resolve, reopen or mark pending. */
  setStatus(status: "open" | "resolved" | "pending"): Promise<ActionOutcome<ConversationStatus>>;
  /**
   * Snooze until a time (a `Date`, or unix seconds), or `null` for "until
   * the contact replies". The conversation leaves the Open list at once.
   */
  snooze(until: Date | number | null): Promise<ActionOutcome<ConversationStatus>>;
}

/**
 * Status changes for one conversation (optimistic, rolled back with a typed
 * error on failure; never reject). The object is stable per conversation.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const { setStatus, snooze } = useConversationStatus(conversationId);
 * <button onClick={() => setStatus("resolved")}>Resolve</button>
 */
export function useConversationStatus(conversationId: number): ConversationStatusActions {
  const client = useClientFor("useConversationStatus");
  return useMemo(
    () => ({
      setStatus: (status) => setConversationStatus(client, conversationId, status),
      snooze: (until) => snoozeConversation(client, conversationId, until),
    }),
    [client, conversationId],
  );
}
