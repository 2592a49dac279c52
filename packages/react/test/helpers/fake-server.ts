import type { UniLinkClientOptions, WebSocketConstructor } from "@unilink/core";
import { createFakeUniLinkServer, type EventFrame, type FakeUniLinkServer } from "@unilink/testing";
import { WebSocket } from "ws";

/** The agent every test connects as. */
export const AGENT = { token: "agent-token-7", accountId: 1, userId: 7 } as const;

const open = new Set<FakeUniLinkServer>();

/** A fake server on 127.0.0.1:random that knows {@link AGENT}; closed by the setup's afterEach. */
export async function startServer(): Promise<FakeUniLinkServer> {
  const server = await createFakeUniLinkServer();
  server.addAgent({ token: AGENT.token, accountId: AGENT.accountId, userId: AGENT.userId });
  open.add(server);
  return server;
}

/** Closes every server {@link startServer} opened. */
export async function closeServers(): Promise<void> {
  const servers = [...open];
  open.clear();
  await Promise.all(servers.map((server) => server.close()));
}

/** Client options for {@link AGENT} on `server`, over `ws` (jsdom's WebSocket is not used). */
export function agentOptions(
  server: FakeUniLinkServer,
  overrides: Partial<UniLinkClientOptions> = {},
): UniLinkClientOptions {
  return {
    url: server.url,
    pubsubToken: AGENT.token,
    accountId: AGENT.accountId,
    userId: AGENT.userId,
    WebSocket: WebSocket as unknown as WebSocketConstructor,
    presenceIntervalMs: 0,
    ...overrides,
  };
}

/** Broadcasts a factory-built event to the agent's token stream, as the platform does. */
export function send(server: FakeUniLinkServer, frame: { event: string; data: unknown }): void {
  server.broadcast(AGENT.token, frame.event, frame.data);
}

export type { EventFrame };
