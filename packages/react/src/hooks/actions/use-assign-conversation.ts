import { type ActionOutcome, assignConversation, type Participant } from "@unilink/core";
import { useCallback } from "react";
import { useClientFor } from "../../internal/use-client-for";

/**
 * A stable `assign(agentId | null)` for one conversation: core shows the new
 * assignee at once, asks the server, and rolls back (with a typed error to
 * `onError`) if it refuses. `null` unassigns. Never rejects.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const assign = useAssignConversation(conversationId);
 * <button onClick={() => assign(me.id)}>Assign to me</button>
 */
export function useAssignConversation(
  conversationId: number,
): (assigneeId: number | null) => Promise<ActionOutcome<Participant | null>> {
  const client = useClientFor("useAssignConversation");
  return useCallback(
    (assigneeId: number | null) => assignConversation(client, conversationId, assigneeId),
    [client, conversationId],
  );
}
