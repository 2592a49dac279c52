import {
  createUniLinkClient,
  type UniLinkClient,
  type UniLinkClientOptions,
  type UniLinkError,
} from "@unilink/core";
import { createFakeUniLinkServer, type FakeUniLinkServer } from "@unilink/testing";
import { NodeWebSocket, USER_ID } from "./agent";
import { ACCOUNT_ID } from "./valid-events";
import { waitForStatus } from "./waits";

/** A fake server and an agent client subscribed to it, with every error the client reported. */
export interface AgentSession {
  server: FakeUniLinkServer;
  client: UniLinkClient;
  errors: UniLinkError[];
  /** Destroys the client and closes the server. */
  close(): Promise<void>;
}

/**
 * Starts a fake server that knows `token`, connects an agent client with
 * it (over `ws`) and waits until the subscription is confirmed.
 */
export async function startAgentSession(
  token: string,
  options: Partial<UniLinkClientOptions> = {},
): Promise<AgentSession> {
  const server = await createFakeUniLinkServer();
  server.addAgent({ token, accountId: ACCOUNT_ID, userId: USER_ID });
  const errors: UniLinkError[] = [];
  const client = createUniLinkClient({
    url: server.url,
    pubsubToken: token,
    accountId: ACCOUNT_ID,
    userId: USER_ID,
    WebSocket: NodeWebSocket,
    onError: (error) => errors.push(error),
    ...options,
  });
  client.connect();
  await waitForStatus(client, "connected");
  return {
    server,
    client,
    errors,
    async close() {
      client.destroy();
      await server.close();
    },
  };
}
