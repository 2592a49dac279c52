import {
  type AgentHandle,
  type ContactHandle,
  createFakeUniLinkServer,
  type FakePlatformServer,
} from "@unilink/testing";
import { afterEach } from "vitest";
import { WebSocket } from "ws";
import {
  type ConnectionStatus,
  createAgentApi,
  createContactApi,
  createUniLinkClient,
  type ResyncResult,
  selectMessages,
  type UniLinkClient,
  type UniLinkClientOptions,
  type UniLinkError,
} from "../src";

/** A client under test plus what it reported. */
export interface ClientProbe {
  client: UniLinkClient;
  errors: UniLinkError[];
  statuses: ConnectionStatus[];
  resyncs: ResyncResult[];
}

const FAST: Partial<UniLinkClientOptions> = {
  WebSocket: WebSocket as never,
  presenceIntervalMs: 0,
  backoff: { minMs: 5, maxMs: 40, jitter: 0 },
  sleepCheckIntervalMs: 0,
};

/**
 * A fake platform server (REST + cable on loopback) and clients on it; all
 * of them are closed after each test.
 */
export function useSyncHarness() {
  const servers: FakePlatformServer[] = [];
  const clients: UniLinkClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  function probe(options: UniLinkClientOptions): ClientProbe {
    const errors: UniLinkError[] = [];
    const statuses: ConnectionStatus[] = [];
    const resyncs: ResyncResult[] = [];
    const client = createUniLinkClient({ ...FAST, ...options, onError: (e) => errors.push(e) });
    clients.push(client);
    client.onStatus((status) => statuses.push(status));
    client.on("resync", (result) => resyncs.push(result));
    return { client, errors, statuses, resyncs };
  }

  return {
    async server(): Promise<FakePlatformServer> {
      const server = await createFakeUniLinkServer({ platform: true });
      servers.push(server);
      return server;
    },
    /** An agent client with a REST api (not connected yet). */
    agent(
      server: FakePlatformServer,
      agent: AgentHandle,
      options: Partial<UniLinkClientOptions> = {},
    ) {
      const api = createAgentApi({
        baseUrl: server.httpUrl,
        accessToken: agent.accessToken,
        accountId: agent.accountId,
      });
      return probe({
        url: server.url,
        pubsubToken: agent.pubsubToken,
        accountId: agent.accountId,
        userId: agent.id,
        api,
        ...options,
      });
    },
    /** A contact client with a REST api (not connected yet). */
    contact(
      server: FakePlatformServer,
      contact: ContactHandle,
      options: Partial<UniLinkClientOptions> = {},
    ) {
      const api = createContactApi({
        baseUrl: server.httpUrl,
        inboxIdentifier: contact.inboxIdentifier,
      });
      return probe({
        url: server.url,
        pubsubToken: contact.pubsubToken,
        api,
        contactSourceId: contact.sourceId,
        ...options,
      });
    },
  };
}

/** Connects and waits until subscribed and any first resync is over. */
export async function connected(server: FakePlatformServer, probe: ClientProbe): Promise<void> {
  probe.client.connect();
  await server.waitFor(() => probe.client.status === "connected");
}

/** What a conversation looks like in the store: server ids and contents, in order (pending as echo ids). */
export function storedThread(client: UniLinkClient, conversationId: number) {
  return selectMessages(client.store.getState(), conversationId).map((m) => ({
    id: m.id,
    content: m.content,
  }));
}

/** A promise resolved by the next `resync` event. */
export function nextResync(client: UniLinkClient): Promise<ResyncResult> {
  return new Promise((resolve) => {
    const stop = client.on("resync", (result) => {
      stop();
      resolve(result);
    });
  });
}

/**
 * Drops every socket and holds reconnect attempts in CONNECTING (the server
 * is frozen) until `server.unfreeze()`: the client is offline meanwhile.
 */
export async function dropAndHold(server: FakePlatformServer, probe: ClientProbe): Promise<void> {
  server.freeze();
  server.dropAll();
  await server.waitFor(
    () => server.pendingConnectionCount > 0 && probe.client.status !== "connected",
  );
}
