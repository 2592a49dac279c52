import { type AgentApi, createAgentApi, type Profile } from "@unilink/core";
import { serverUrl } from "./server-url";

/** An agent of the account, for the team panel. */
export interface RosterEntry {
  id: number;
  name: string;
}

/** Everything the dashboard needs once signed in. */
export interface AgentSession {
  url: string;
  accountId: number;
  api: AgentApi;
  /** The agent, with the current `pubsub_token`. */
  profile: Profile;
  /** The account's agents, when the server lists them. */
  roster: RosterEntry[];
}

interface Credentials {
  accountId: number;
  accessToken: string;
  /** Agents named by the dev server's config. */
  agents?: RosterEntry[];
}

/** The dev server's `GET /__dev/config` (only the fields used here). */
interface DevConfig {
  accountId: number;
  agent: { accessToken: string };
  agents?: RosterEntry[];
}

async function credentials(url: string): Promise<Credentials> {
  const env = import.meta.env;
  if (env.VITE_UNILINK_ACCESS_TOKEN && env.VITE_UNILINK_ACCOUNT_ID) {
    return {
      accessToken: env.VITE_UNILINK_ACCESS_TOKEN,
      accountId: Number(env.VITE_UNILINK_ACCOUNT_ID),
    };
  }
  // `?agent=<userId>` signs in as another agent of the dev server (two dashboards side by side).
  const agent = new URLSearchParams(window.location.search).get("agent");
  const query = agent && /^\d+$/.test(agent) ? `?agent=${agent}` : "";
  const response = await fetch(`${url}/__dev/config${query}`);
  if (!response.ok) throw new Error(`${url}/__dev/config answered ${response.status}`);
  const config = (await response.json()) as DevConfig;
  return {
    accessToken: config.agent.accessToken,
    accountId: config.accountId,
    agents: config.agents,
  };
}

/** The dev server's agent list, else `GET /api/v1/accounts/{id}/agents` of a real installation. */
async function loadRoster(url: string, found: Credentials): Promise<RosterEntry[]> {
  if (found.agents) return found.agents;
  try {
    const response = await fetch(`${url}/api/v1/accounts/${found.accountId}/agents`, {
      headers: { api_access_token: found.accessToken },
    });
    if (response.ok) {
      const agents = (await response.json()) as { id: number; name?: string | null }[];
      return agents.map((a) => ({ id: a.id, name: a.name ?? `Agent ${a.id}` }));
    }
  } catch {
    // Not listed: the panel falls back to the agents it meets in conversations.
  }
  return [];
}

/**
 * Signs in: the access token comes from the environment or, zero-config,
 * from the dev server; the profile then gives the user id and the socket
 * token, exactly as against a real installation.
 */
export async function loadAgentSession(): Promise<AgentSession> {
  const url = serverUrl();
  const found = await credentials(url);
  const api = createAgentApi({
    baseUrl: url,
    accessToken: found.accessToken,
    accountId: found.accountId,
  });
  const [profile, roster] = await Promise.all([api.profile(), loadRoster(url, found)]);
  return { url, accountId: found.accountId, api, profile, roster };
}
