// Server-only: your own session lookup. Here the agent's API access token lives on the
// server (for example in an encrypted cookie or your database), never in the browser.
import { createAgentApi } from "@unilink/core";

/** What the browser needs to open the socket: ids and the pubsub token, not the access token. */
export interface UniLinkSession {
  url: string;
  pubsubToken: string;
  accountId: number;
  userId: number;
}

const baseUrl = process.env.UNILINK_URL ?? "https://chat.example.com";

/** The signed-in agent's REST client, on the server. */
export function agentApi(accessToken: string, accountId: number) {
  return createAgentApi({ baseUrl, accessToken, accountId });
}

/** Reads the profile on the server: its `pubsub_token` is the socket token. */
export async function getUniLinkSession(
  accessToken: string,
  accountId: number,
): Promise<UniLinkSession> {
  const profile = await agentApi(accessToken, accountId).profile();
  return { url: baseUrl, pubsubToken: profile.pubsub_token, accountId, userId: profile.id };
}
