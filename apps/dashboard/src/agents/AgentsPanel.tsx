import type { Participant } from "@unilink/core";
import { Avatar, PresenceBadge, useUniLinkStore } from "@unilink/react";
import type { RosterEntry } from "../config/load-session";

/** Props of {@link AgentsPanel}. */
interface AgentsPanelProps {
  meUserId: number;
  meName: string;
  /** The account's agents as the server listed them (may be empty). */
  roster: readonly RosterEntry[];
}

interface AgentRow {
  id: number;
  name: string;
}

/**
 * The team with live presence: the server's agent list, plus anyone met as
 * an assignee or in the last presence snapshot (agents join over time).
 */
export function AgentsPanel({ meUserId, meName, roster }: AgentsPanelProps) {
  const agents = useUniLinkStore((state) => {
    const byId = new Map<number, string>([[meUserId, meName]]);
    for (const agent of roster) if (!byId.has(agent.id)) byId.set(agent.id, agent.name);
    for (const conversation of Object.values(state.conversations)) {
      const assignee = conversation.meta?.assignee as Participant | null | undefined;
      if (assignee && (assignee.type ?? "user") === "user" && !byId.has(assignee.id)) {
        byId.set(assignee.id, assignee.name ?? `Agent ${assignee.id}`);
      }
    }
    for (const id of Object.keys(state.presence.users).map(Number)) {
      if (!byId.has(id)) byId.set(id, `Agent ${id}`);
    }
    return [...byId].map(([id, name]): AgentRow => ({ id, name })).sort((a, b) => a.id - b.id);
  }, agentsEqual);

  return (
    <aside className="agents" aria-label="Agents">
      <h2 className="agents__title">Agents</h2>
      <ul className="agents__list">
        {agents.map((agent) => (
          <li key={agent.id} className="agents__item">
            <Avatar name={agent.name} size="sm" />
            <span className="agents__name">
              {agent.name}
              {agent.id === meUserId ? " (you)" : ""}
            </span>
            <PresenceBadge target={{ userId: agent.id }} showLabel />
          </li>
        ))}
      </ul>
    </aside>
  );
}

function agentsEqual(a: readonly AgentRow[], b: readonly AgentRow[]): boolean {
  return (
    a.length === b.length && a.every((row, i) => row.id === b[i]?.id && row.name === b[i]?.name)
  );
}
