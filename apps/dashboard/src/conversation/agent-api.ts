import type { AgentApi, UniLinkClient } from "@unilink/core";

/** The client's REST api when it is the agent one (the dashboard always passes it). */
export function agentApiOf(client: UniLinkClient): AgentApi | undefined {
  return client.api?.kind === "agent" ? client.api : undefined;
}
