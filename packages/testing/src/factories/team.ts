import type { FactoryContext } from "./context";
import { TEAM_NAMES } from "./names";
import type { TeamPayload } from "./types";

/** Builds a team as it appears in a conversation's `meta.team`. */
export function buildTeamWith(
  ctx: FactoryContext,
  overrides: Partial<TeamPayload> = {},
): TeamPayload {
  return { id: ctx.nextId("team"), name: ctx.random.pick(TEAM_NAMES), ...overrides };
}
