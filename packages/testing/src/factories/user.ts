import type { FactoryContext } from "./context";
import { FIRST_NAMES, LAST_NAMES } from "./names";
import type { AgentBotPayload, UserPayload } from "./types";

/** Builds an agent/admin User (`type: "user"`). */
export function buildUserWith(
  ctx: FactoryContext,
  overrides: Partial<UserPayload> = {},
): UserPayload {
  const id = ctx.nextId("user");
  const name = `${ctx.random.pick(FIRST_NAMES)} ${ctx.random.pick(LAST_NAMES)}`;
  const avatar = `https://avatars.example.com/users/${id}.png`;
  return {
    id,
    name,
    available_name: name,
    avatar_url: avatar,
    type: "user",
    availability_status: "online",
    thumbnail: avatar,
    ...overrides,
  };
}

/** Builds an AgentBot (`type: "agent_bot"`). */
export function buildAgentBotWith(
  ctx: FactoryContext,
  overrides: Partial<AgentBotPayload> = {},
): AgentBotPayload {
  const id = ctx.nextId("agentBot");
  return {
    id,
    name: `Helper Bot ${id}`,
    avatar_url: `https://avatars.example.com/bots/${id}.png`,
    type: "agent_bot",
    ...overrides,
  };
}
