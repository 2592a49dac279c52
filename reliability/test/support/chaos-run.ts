import { type ActionOutcome, type LoadOutcome, selectResyncState } from "@unilink/core";
import { type FaultRecord, injectFault } from "./chaos-faults";
import type { ChaosPlan } from "./chaos-plan";
import { applyChaosOp } from "./chaos-traffic";
import { INJECTED_FAULT } from "./chaos-workspace-ops";
import type { ChaosWorld } from "./chaos-world";
import { waitForStore } from "./waits";

/** Lets sockets, timers and REST answers run between two platform operations. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Plays `plan` on the world's platform: one operation per turn of the
 * event loop, faults started at their planned op while traffic goes on
 * (one fault at a time: a fault that is due waits for the previous one to
 * be noticed). Resolves with what every fault did once all were noticed,
 * every `markRead` of the client's agent was answered and every workspace
 * action settled (failing only where a REST fault was injected).
 */
export async function playChaos(world: ChaosWorld, plan: ChaosPlan): Promise<FaultRecord[]> {
  const { server, client } = world;
  const records: FaultRecord[] = [];
  let running: Promise<FaultRecord> | undefined;
  const reads: Promise<LoadOutcome>[] = [];
  const actions: Promise<ActionOutcome<unknown>>[] = [];
  for (const [index, op] of plan.ops.entries()) {
    const kind = plan.faults.get(index);
    if (kind) {
      if (running) records.push(await running);
      running = injectFault(kind, index, server, client);
      // Awaited later; this only keeps a failure from counting as unhandled meanwhile.
      running.catch(() => {});
    }
    const pending = applyChaosOp(world, op, index + 1);
    if (pending?.kind === "read") reads.push(pending.outcome);
    if (pending?.kind === "action") actions.push(pending.outcome);
    await yieldToEventLoop();
  }
  if (running) records.push(await running);
  for (const outcome of await Promise.all(reads)) {
    if (!outcome.ok) throw outcome.error;
  }
  // An action may fail only where the run injected a REST fault.
  for (const outcome of await Promise.all(actions)) {
    if (!outcome.ok && !isInjectedFault(outcome.error)) throw outcome.error;
  }
  return records;
}

/** True for the REST faults the run injects on clients' actions (see `applyWorkspaceOp`). */
export function isInjectedFault(error: { code: string; details: { body?: unknown } }): boolean {
  const body = error.details.body as { error?: unknown } | undefined;
  return error.code === "http" && body?.error === INJECTED_FAULT;
}

/**
 * Waits until nothing is left in flight: one last contact message is
 * written, then the client must be `connected` (not `resyncing`), its last
 * resync finished, and that message stored. Frames on one socket keep their
 * order, and a message missed while disconnected only comes back through
 * the resync, so by then every earlier event or refetch has landed.
 */
export async function quiesce(world: ChaosWorld, timeoutMs: number): Promise<void> {
  const conversationId = world.conversationIds[0] as number;
  const last = world.server.platform.receiveContactMessage(conversationId, "last word");
  const key = String(last.id);
  const clients = world.peer ? [world.client, world.peer] : [world.client];
  await Promise.all(
    clients.map((client) =>
      waitForStore(
        client.store,
        (state) =>
          state.status === "connected" &&
          selectResyncState(state).status !== "running" &&
          state.messages[conversationId]?.byId[key] !== undefined,
        "connected, resynced and the last message stored",
        timeoutMs,
      ),
    ),
  );
}
