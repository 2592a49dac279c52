import { type ActionOutcome, assignTeam, type Team } from "@unilink/core";
import { useCallback } from "react";
import { useClientFor } from "../../internal/use-client-for";

/**
 * A stable `assignTeam(teamId | null)` for one conversation (optimistic,
 * rolled back on failure; `null` removes the team). Never rejects.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const assignTeam = useAssignTeam(conversationId);
 * <button onClick={() => assignTeam(billing.id)}>Billing</button>
 */
export function useAssignTeam(
  conversationId: number,
): (teamId: number | null) => Promise<ActionOutcome<Team | null>> {
  const client = useClientFor("useAssignTeam");
  return useCallback(
    (teamId: number | null) => assignTeam(client, conversationId, teamId),
    [client, conversationId],
  );
}
