import {
  createAgentApi,
  createUniLinkClient,
  type ResyncResult,
  selectListLoadState,
  type UniLinkClient,
  type UniLinkError,
} from "@unilink/core";
import {
  type AgentHandle,
  createFakeUniLinkServer,
  type FakePlatformServer,
} from "@unilink/testing";
import { NodeWebSocket } from "./agent";
import { seededRandom } from "./chaos-random";
import type { ChaosSize } from "./chaos-sizes";
import { CHAOS_LABELS } from "./chaos-workspace-ops";
import { waitForStatus } from "./waits";

/**
 * The server's ping period in the chaos runs, and the client's: the
 * platform's 3 s scaled down so a half-open socket is noticed in test time
 * (stale after two missed pings, i.e. 400 ms).
 */
export const CHAOS_PING_MS = 200;

/** The list the client loads and the resync refetches: every conversation, whatever its status. */
export const ALL_CONVERSATIONS = { status: "all" } as const;

/** A fake platform, its agents and conversations, and an agent client with REST resync. */
export interface ChaosWorld {
  server: FakePlatformServer;
  client: UniLinkClient;
  /** A second agent's client (`agents[1]`), when the world was started with `peer`. */
  peer: UniLinkClient | undefined;
  /** What the peer reported through `onError`. */
  peerErrors: UniLinkError[];
  /** The account's teams (`agents[0]` in the first, `agents[1]` and `agents[2]` in the second). */
  teamIds: number[];
  /** The agents writing; `agents[0]` is the client's. */
  agents: AgentHandle[];
  /** Display ids, in creation order (a plan's conversation index points here). */
  conversationIds: number[];
  /** Everything the client reported through `onError`. */
  errors: UniLinkError[];
  /** Every `resync` result, in order. */
  resyncs: ResyncResult[];
  /** Subscriptions confirmed after the first one. */
  readonly reconnects: number;
  /** Destroys the client and closes the server. */
  close(): Promise<void>;
}

/**
 * Starts a fake platform (ping every {@link CHAOS_PING_MS}, REST answers
 * delayed by up to `size.restLatencyMs`) with three agents, labels, two
 * teams and `size.conversations` conversations (one contact message each),
 * connects an agent client (and with `peer` a second agent's) with
 * `createAgentApi` against its REST port, and loads every conversation and
 * every thread, so all of them are "loaded" and a resync refetches all of them.
 */
export async function startChaosWorld(
  size: ChaosSize,
  options: { peer?: boolean } = {},
): Promise<ChaosWorld> {
  const { conversations } = size;
  const server = await createFakeUniLinkServer({ platform: true, pingIntervalMs: CHAOS_PING_MS });
  const { platform } = server;
  addRestLatency(server, size);
  const agents = ["Ana", "Bea", "Caio"].map((name) => platform.createAgent({ name }));
  const me = agents[0] as AgentHandle;
  for (const title of CHAOS_LABELS) platform.createLabel({ title });
  const teamIds = [
    platform.createTeam({ name: "Billing", memberIds: [me.id] }).id,
    platform.createTeam({
      name: "Technical",
      memberIds: agents.slice(1).map((agent) => agent.id),
      allowAutoAssign: true,
    }).id,
  ];
  const conversationIds: number[] = [];
  for (let index = 0; index < conversations; index++) {
    const contact = platform.createContact({ name: `Contact ${index + 1}` });
    const { id } = platform.createConversation({ contact, messages: [`c${index + 1} hello`] });
    conversationIds.push(id);
  }
  const errors: UniLinkError[] = [];
  const peerErrors: UniLinkError[] = [];
  const resyncs: ResyncResult[] = [];
  let confirmed = 0;
  const client = chaosClient(server, me, errors);
  const peer = options.peer ? chaosClient(server, agents[1] as AgentHandle, peerErrors) : undefined;
  client.on("resync", (result) => resyncs.push(result));
  client.onStatus((status, previous) => {
    if (status === "connected" && previous === "subscribing") confirmed++;
  });
  const world: ChaosWorld = {
    server,
    client,
    peer,
    peerErrors,
    teamIds,
    agents,
    conversationIds,
    errors,
    resyncs,
    get reconnects() {
      return Math.max(0, confirmed - 1);
    },
    async close() {
      client.destroy();
      peer?.destroy();
      await server.close();
    },
  };
  try {
    for (const each of peer ? [client, peer] : [client]) {
      each.connect();
      await waitForStatus(each, "connected");
      await loadEverything(each, conversationIds);
    }
  } catch (error) {
    await world.close();
    throw error;
  }
  return world;
}

/** An agent client with REST resync, tuned for test time (fast pings and backoff). */
function chaosClient(
  server: FakePlatformServer,
  agent: AgentHandle,
  errors: UniLinkError[],
): UniLinkClient {
  return createUniLinkClient({
    url: server.url,
    pubsubToken: agent.pubsubToken,
    accountId: agent.accountId,
    userId: agent.id,
    WebSocket: NodeWebSocket,
    api: createAgentApi({
      baseUrl: server.httpUrl,
      accessToken: agent.accessToken,
      accountId: agent.accountId,
    }),
    pingIntervalMs: CHAOS_PING_MS,
    connectTimeoutMs: 1_000,
    confirmTimeoutMs: 2_000,
    backoff: { minMs: 20, maxMs: 250, factor: 2, jitter: 0.5 },
    onError: (error) => errors.push(error),
  });
}

/**
 * Delays every REST answer by a seeded 0..`restLatencyMs` after the
 * platform computed it, as a slow network does: an answer can then be
 * older than socket events the client already applied.
 */
function addRestLatency(server: FakePlatformServer, size: ChaosSize): void {
  if (size.restLatencyMs <= 0) return;
  const random = seededRandom(size.seed ^ 0x5eed);
  server.rest.use(async (_request, next) => {
    const response = await next();
    const delayMs = random.int(0, size.restLatencyMs);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return response;
  });
}

async function loadEverything(client: UniLinkClient, conversationIds: number[]): Promise<void> {
  const first = await client.loadConversations(ALL_CONVERSATIONS);
  if (!first.ok) throw first.error;
  while (selectListLoadState(client.store.getState(), ALL_CONVERSATIONS).hasMore) {
    const more = await client.loadMoreConversations(ALL_CONVERSATIONS);
    if (!more.ok) throw more.error;
  }
  for (const id of conversationIds) {
    const outcome = await client.loadMessages(id);
    if (!outcome.ok) throw outcome.error;
  }
  const notifications = await client.loadNotifications();
  if (!notifications.ok) throw notifications.error;
}
