import {
  type ActionOutcome,
  addConversationLabels,
  removeConversationLabels,
  setConversationLabels,
} from "@unilink/core";
import { useMemo } from "react";
import { useClientFor } from "../../internal/use-client-for";

/** What {@link useConversationLabelActions} returns; every call resolves the labels the server kept. */
export interface ConversationLabelActions {
  /** Adds labels, keeping the others (another agent's concurrent change survives). */
  add(labels: readonly string[]): Promise<ActionOutcome<string[]>>;
  /** Removes labels, keeping the others. */
  remove(labels: readonly string[]): Promise<ActionOutcome<string[]>>;
  /** Replaces the whole set. */
  set(labels: readonly string[]): Promise<ActionOutcome<string[]>>;
}

/**
 * Label changes for one conversation: shown at once, rolled back with a
 * typed error if the server refuses. The object is stable per conversation.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const labels = useConversationLabelActions(conversationId);
 * <button onClick={() => labels.add(["vip"])}>VIP</button>
 */
export function useConversationLabelActions(conversationId: number): ConversationLabelActions {
  const client = useClientFor("useConversationLabelActions");
  return useMemo(
    () => ({
      add: (labels) => addConversationLabels(client, conversationId, labels),
      remove: (labels) => removeConversationLabels(client, conversationId, labels),
      set: (labels) => setConversationLabels(client, conversationId, labels),
    }),
    [client, conversationId],
  );
}
