import type { ActionOutcome, LoadOutcome, UniLinkClient } from "@unilink/core";
import type { AgentHandle, FakePlatform } from "@unilink/testing";
import type { ChaosOp } from "./chaos-plan";
import { applyWorkspaceOp, WORKSPACE_WEIGHTS } from "./chaos-workspace-ops";
import type { ChaosWorld } from "./chaos-world";

/** Where a plan's indexes point: the run's agents and conversation display ids. */
export interface ChaosCast {
  agents: readonly AgentHandle[];
  conversationIds: readonly number[];
}

function at<T>(items: readonly T[], index: number, what: string): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no ${what} at index ${index}`);
  return item;
}

/**
 * Performs one planned operation on the platform, which stores it and
 * broadcasts its events (lost for the client when its socket is down:
 * events are never replayed). `seq` makes every message's text unique.
 * A `read` is the client's own agent opening the conversation
 * (`client.markRead`: unread drops to 0 at once, then `update_last_seen`,
 * which sends no event); its outcome is returned, to be awaited later.
 */
export function applyOp(
  platform: FakePlatform,
  client: UniLinkClient,
  op: ChaosOp,
  cast: ChaosCast,
  seq: number,
): Promise<LoadOutcome> | undefined {
  const id = at(cast.conversationIds, op.conversation, "conversation");
  const text = `c${op.conversation + 1} #${seq} ${op.kind}`;
  switch (op.kind) {
    case "contact":
      platform.receiveContactMessage(id, text);
      return;
    case "reply":
    case "note":
      platform.agentReply(id, text, {
        agentId: at(cast.agents, op.agent, "agent").id,
        private: op.kind === "note",
      });
      return;
    case "activity":
      platform.addActivity(id, text);
      return;
    case "status":
      platform.changeStatus(id, op.status, { performerId: at(cast.agents, op.agent, "agent").id });
      return;
    case "assign":
      platform.assign(id, op.assignee === null ? null : at(cast.agents, op.assignee, "agent").id, {
        performerId: at(cast.agents, op.performer, "agent").id,
      });
      return;
    case "read":
      return client.markRead(id);
    default:
      throw new Error(`${op.kind} is a workspace op: use applyChaosOp`);
  }
}

/** What playing one op leaves to await: a read's or a workspace action's outcome. */
export type PendingOutcome =
  | { kind: "read"; outcome: Promise<LoadOutcome> }
  | { kind: "action"; outcome: Promise<ActionOutcome<unknown>> };

const WORKSPACE_KINDS = new Set<ChaosOp["kind"]>(WORKSPACE_WEIGHTS.map(([kind]) => kind));

/** Plays any planned op on the world: chat and bookkeeping through {@link applyOp}, workspace changes through core's actions or the platform. */
export function applyChaosOp(
  world: ChaosWorld,
  op: ChaosOp,
  seq: number,
): PendingOutcome | undefined {
  if (WORKSPACE_KINDS.has(op.kind)) {
    const id = at(world.conversationIds, op.conversation, "conversation");
    const outcome = applyWorkspaceOp(world, op as Parameters<typeof applyWorkspaceOp>[1], id, seq);
    return outcome ? { kind: "action", outcome } : undefined;
  }
  const read = applyOp(world.server.platform, world.client, op, world, seq);
  return read ? { kind: "read", outcome: read } : undefined;
}
