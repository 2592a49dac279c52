import { useAgents, useAssignConversation, useConversation } from "@unilink/react";
import { useState } from "react";

/**
 * Your own assignee control from the public hooks: the agents list (loaded
 * once, refreshed after every reconnect) and the assign action (optimistic,
 * rolled back with a typed error when the server refuses).
 */
export function AssignSelect({ conversationId }: { conversationId: number }) {
  const conversation = useConversation(conversationId);
  const { agents, isLoading } = useAgents();
  const assign = useAssignConversation(conversationId);
  const [error, setError] = useState<string | null>(null);
  const current = conversation?.meta?.assignee?.id;
  return (
    <label>
      Assignee{" "}
      <select
        value={current ?? ""}
        disabled={isLoading}
        onChange={async (event) => {
          const id = event.target.value === "" ? null : Number(event.target.value);
          const outcome = await assign(id);
          setError(outcome.ok ? null : outcome.error.message);
        }}
      >
        <option value="">Unassigned</option>
        {agents.map((agent) => (
          <option key={agent.id} value={agent.id}>
            {agent.available_name ?? agent.name}
          </option>
        ))}
      </select>
      {error && <span role="alert">{error}</span>}
    </label>
  );
}
