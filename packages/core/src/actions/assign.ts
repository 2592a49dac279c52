import type { Team } from "../schema/team";
import type { Participant } from "../schema/user";
import type { UniLinkState } from "../store/state";
import { runFieldAction } from "./field-action";
import type { ActionHost, ActionOutcome } from "./host";

/** The assignee to show before the server answers: the known agent, else a bare user. */
function assigneeShown(state: UniLinkState, agentId: number): Participant {
  const agent = state.directory.agents.items.find((item) => item.id === agentId);
  const user = state.users[`user:${agentId}`];
  if (user) return user;
  if (!agent) return { id: agentId, type: "user" };
  return {
    id: agent.id,
    type: "user",
    name: agent.name ?? null,
    available_name: agent.available_name ?? null,
    thumbnail: agent.thumbnail ?? null,
    availability_status: agent.availability_status ?? null,
  };
}

/**
 * Assigns a conversation to an agent of the account, or with `null`
 * unassigns it (`POST .../assignments {assignee_id}`). The row shows the new
 * assignee at once; other dashboards get `assignee.changed` and
 * `conversation.updated`. Resolves to the assignee the server reports.
 *
 * @example
 * const outcome = await assignConversation(client, 42, 7);
 * if (!outcome.ok) console.warn(outcome.error.message);
 */
export function assignConversation(
  client: ActionHost,
  conversationId: number,
  assigneeId: number | null,
): Promise<ActionOutcome<Participant | null>> {
  const state = client.store.getState();
  const assignee = assigneeId === null ? null : assigneeShown(state, assigneeId);
  return runFieldAction(client, conversationId, { assignee }, (api) =>
    api.assign(conversationId, assigneeId),
  );
}

/**
 * Assigns a conversation to a team, or with `null` removes its team
 * (`POST .../assignments {team_id}`). The platform may also change the
 * assignee (one outside the team is removed; an auto-assigning team picks
 * one), so the conversation is fetched once the answer is in.
 */
export function assignTeam(
  client: ActionHost,
  conversationId: number,
  teamId: number | null,
): Promise<ActionOutcome<Team | null>> {
  const known = client.store.getState().directory.teams.items.find((team) => team.id === teamId);
  const team = teamId === null ? null : { id: teamId, name: known?.name ?? null };
  return runFieldAction(
    client,
    conversationId,
    { team },
    (api) => api.assignTeam(conversationId, teamId),
    { refetchAfter: true },
  );
}
