import {
  createUniLinkClient,
  type UniLinkClient,
  type UniLinkError,
  type UniLinkState,
} from "@unilink/core";
import type { ReferenceServer } from "@unilink/reference-server/test/support/reference-server";
import { NodeWebSocket } from "./agent";
import type { ReferenceFault, ReferencePlan } from "./chaos-reference-traffic";
import { waitForStatus, waitForStore } from "./waits";

/** Who the client is on the real server. */
export const REFERENCE_AGENT = { token: "chaos-agent-token", accountId: 1, userId: 1 } as const;
/** Process 1 takes the broadcasts, process 2 holds the client's socket (0-based indexes). */
export const BROADCASTER = 0;
export const CLIENT_PROCESS = 1;
// A puma process needs about a second to come back; reconnecting clients wait for it.
const RECOVERY_MS = 20_000;

/** What a run through the real server saw. */
export interface ReferenceRun {
  client: UniLinkClient;
  /** `message.created` ids in arrival order (duplicates included). */
  received: number[];
  /** Ids broadcast while the client was subscribed from start to end of the request (plus the closing one). */
  covered: number[];
  /** Conversation of every id broadcast. */
  conversationOf: Map<number, number>;
  /** First id broadcast after each fault. */
  faultAt: Map<ReferenceFault, number>;
  /** Subscriptions confirmed (the first included). */
  confirmations: number;
  errors: UniLinkError[];
  seconds: number;
}

/**
 * Plays `plan` through the real server: the client subscribes on process
 * 2, every broadcast goes through process 1 (Redis carries it across), one
 * request at a time. Before each fault the run waits until everything
 * covered so far is stored (a broadcast still inside process 2 would die
 * with it), then injects it and waits until the client noticed; traffic
 * goes on while it reconnects. Ends with one more broadcast while
 * subscribed and waits until every covered id is stored (a timeout is
 * not thrown: the caller's assertions name what is missing).
 * `onClient` receives the client at once, for cleanup.
 */
export async function runThroughReferenceServer(
  ref: ReferenceServer,
  plan: ReferencePlan,
  onClient: (client: UniLinkClient) => void,
): Promise<ReferenceRun> {
  const started = performance.now();
  const { token, accountId, userId } = REFERENCE_AGENT;
  const errors: UniLinkError[] = [];
  const client = createUniLinkClient({
    url: ref.urls[CLIENT_PROCESS] ?? "",
    pubsubToken: token,
    accountId,
    userId,
    WebSocket: NodeWebSocket,
    presenceIntervalMs: 0,
    backoff: { minMs: 50, maxMs: 500, factor: 2, jitter: 0.5 },
    onError: (error) => errors.push(error),
  });
  onClient(client);
  const run: ReferenceRun = {
    client,
    received: [],
    covered: [],
    conversationOf: new Map(plan.broadcasts.map((b) => [b.id, b.conversationId])),
    faultAt: new Map(),
    confirmations: 0,
    errors,
    seconds: 0,
  };
  client.on("message.created", (message) => run.received.push(message.id));
  let statusChanges = 0;
  client.onStatus((status, previous) => {
    statusChanges++;
    if (status === "connected" && previous === "subscribing") run.confirmations++;
  });
  client.connect();
  await waitForStatus(client, "connected", RECOVERY_MS);

  const stored = (state: UniLinkState, id: number) =>
    state.messages[run.conversationOf.get(id) ?? -1]?.byId[String(id)] !== undefined;
  const coveredStored = () =>
    waitForStore(
      client.store,
      (state) => run.covered.every((id) => stored(state, id)),
      "every broadcast made while subscribed",
      RECOVERY_MS,
    ).catch(() => undefined);

  const inject = async (fault: ReferenceFault) => {
    await waitForStatus(client, "connected", RECOVERY_MS);
    await coveredStored();
    const noticed = waitForStore(
      client.store,
      (state) => state.status !== "connected",
      `the client noticing a ${fault}`,
      RECOVERY_MS,
    );
    if (fault === "crash") await Promise.all([ref.restartProcess(CLIENT_PROCESS), noticed]);
    else await Promise.all([ref.restartActionCable(CLIENT_PROCESS), noticed]);
  };

  for (const [index, broadcast] of plan.broadcasts.entries()) {
    const fault = plan.faults.get(index);
    if (fault) {
      run.faultAt.set(fault, broadcast.id);
      await inject(fault);
    }
    const changesBefore = statusChanges;
    const live = client.status === "connected";
    await ref.broadcast(token, broadcast.frame.event, broadcast.frame.data, BROADCASTER);
    if (live && statusChanges === changesBefore) run.covered.push(broadcast.id);
  }

  const last = plan.broadcasts.at(-1);
  if (!last) throw new Error("the plan has no broadcast");
  await waitForStatus(client, "connected", RECOVERY_MS);
  const closing = {
    ...last.frame.data,
    id: plan.broadcasts.length + 1,
    created_at: last.frame.data.created_at + 1,
  };
  await ref.broadcast(token, "message.created", closing, BROADCASTER);
  run.covered.push(closing.id);
  run.conversationOf.set(closing.id, closing.conversation_id);
  await coveredStored();
  run.seconds = (performance.now() - started) / 1000;
  return run;
}
