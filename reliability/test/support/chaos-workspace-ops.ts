import {
  type ActionOutcome,
  assignConversation,
  assignTeam,
  setConversationLabels,
  setConversationPriority,
  setConversationStatus,
  snoozeConversation,
  type UniLinkClient,
  updateContact,
} from "@unilink/core";
import type { SeededRandom } from "./chaos-random";
import type { ChaosWorld } from "./chaos-world";

/** Who makes a workspace change: a client under test (through core's actions) or a third agent on the platform. */
export type ChaosActor = "client" | "peer" | "platform";

/** What happens to a client's request: answered, refused before the change, or changed but the answer lost. */
export type ActionFault = "none" | "refused" | "lost-answer";

const PRIORITIES = ["urgent", "high", "medium", "low", null] as const;

/** An agent-workspace operation (issue 14); conversations, agents and teams are indexes. */
export type WorkspaceOp = { conversation: number; by: ChaosActor; fault: ActionFault } & (
  | { kind: "assign-action"; assignee: number | null }
  | { kind: "status-action"; status: "open" | "resolved" | "pending" }
  | { kind: "labels"; labels: number[] }
  | { kind: "priority"; priority: (typeof PRIORITIES)[number] }
  | { kind: "team"; team: number | null }
  | { kind: "snooze"; until: "due" | "later" | "next-reply" }
  | { kind: "contact-edit" }
  | { kind: "snooze-job" }
);

/** Workspace kinds with their weights (out of the plan's total). */
export const WORKSPACE_WEIGHTS: [WorkspaceOp["kind"], number][] = [
  ["assign-action", 3],
  ["status-action", 2],
  ["labels", 3],
  ["priority", 2],
  ["team", 2],
  ["snooze", 2],
  ["contact-edit", 2],
  ["snooze-job", 1],
];

/** The labels and teams a chaos world's account has. */
export const CHAOS_LABELS = ["billing", "bug", "vip", "refund"] as const;
export const CHAOS_TEAMS = 2;

/** Draws one workspace operation of `kind`. */
export function drawWorkspaceOp(
  kind: WorkspaceOp["kind"],
  random: SeededRandom,
  conversation: number,
  agents: number,
): WorkspaceOp {
  const by = random.pick(["client", "peer", "platform"] as const);
  const roll = random.next();
  // Clients' requests sometimes fail: before the platform changed anything, or after (answer lost).
  const fault: ActionFault =
    by === "platform" ? "none" : roll < 0.1 ? "refused" : roll < 0.2 ? "lost-answer" : "none";
  const base = { conversation, by, fault };
  switch (kind) {
    case "assign-action":
      return {
        ...base,
        kind,
        by: by === "platform" ? "client" : by,
        assignee: random.next() < 0.2 ? null : random.int(0, agents - 1),
      };
    case "status-action":
      return {
        ...base,
        kind,
        by: by === "platform" ? "peer" : by,
        status: random.pick(["open", "resolved", "pending"] as const),
      };
    case "labels":
      return {
        ...base,
        kind,
        labels: CHAOS_LABELS.map((_, i) => i).filter(() => random.next() < 0.4),
      };
    case "priority":
      return { ...base, kind, priority: random.pick(PRIORITIES) };
    case "team":
      return { ...base, kind, team: random.next() < 0.25 ? null : random.int(0, CHAOS_TEAMS - 1) };
    case "snooze":
      return { ...base, kind, until: random.pick(["due", "later", "next-reply"] as const) };
    case "contact-edit":
      return { ...base, kind };
    case "snooze-job":
      return { ...base, kind, by: "platform", fault: "none" };
  }
}

/** The body of the REST faults injected on clients' action requests (told apart from real failures). */
export const INJECTED_FAULT = "chaos: injected action fault";

function snoozeUntilMs(until: "due" | "later" | "next-reply"): number | null {
  if (until === "next-reply") return null;
  return until === "due" ? Date.now() - 1_000 : Date.now() + 3_600_000;
}

function clientAction(
  client: UniLinkClient,
  op: WorkspaceOp,
  id: number,
  world: ChaosWorld,
  seq: number,
): Promise<ActionOutcome<unknown>> {
  switch (op.kind) {
    case "assign-action":
      return assignConversation(
        client,
        id,
        op.assignee === null ? null : agentId(world, op.assignee),
      );
    case "status-action":
      return setConversationStatus(client, id, op.status);
    case "labels":
      return setConversationLabels(
        client,
        id,
        op.labels.map((i) => CHAOS_LABELS[i] as string),
      );
    case "priority":
      return setConversationPriority(client, id, op.priority);
    case "team":
      return assignTeam(client, id, op.team === null ? null : teamId(world, op.team));
    case "snooze": {
      const until = snoozeUntilMs(op.until);
      return snoozeConversation(client, id, until === null ? null : until / 1000);
    }
    case "contact-edit":
      return updateContact(client, contactOf(world, id), contactEdit(op.conversation, seq));
    case "snooze-job":
      throw new Error("the snooze job runs on the platform");
  }
}

function platformChange(world: ChaosWorld, op: WorkspaceOp, id: number, seq: number): void {
  const platform = world.server.platform;
  const performerId = agentId(world, world.agents.length - 1);
  switch (op.kind) {
    case "assign-action":
      platform.assign(id, op.assignee === null ? null : agentId(world, op.assignee), {
        performerId,
      });
      return;
    case "status-action":
      platform.changeStatus(id, op.status, { performerId });
      return;
    case "labels":
      platform.setLabels(
        id,
        op.labels.map((i) => CHAOS_LABELS[i] as string),
        { performerId },
      );
      return;
    case "priority":
      platform.setPriority(id, op.priority, { performerId });
      return;
    case "team":
      platform.assignTeam(id, op.team === null ? null : teamId(world, op.team), { performerId });
      return;
    case "snooze":
      platform.snooze(id, snoozeUntilMs(op.until), { performerId });
      return;
    case "contact-edit": {
      const edit = contactEdit(op.conversation, seq);
      platform.updateContact(contactOf(world, id), edit);
      return;
    }
    case "snooze-job":
      platform.reopenDueSnoozed();
      return;
  }
}

function contactEdit(conversation: number, seq: number) {
  return {
    name: `Contact ${conversation + 1} v${seq}`,
    phoneNumber: `+3519${String(seq).padStart(8, "0")}`,
  };
}

function agentId(world: ChaosWorld, index: number): number {
  const agent = world.agents[index];
  if (!agent) throw new Error(`no agent at index ${index}`);
  return agent.id;
}

function teamId(world: ChaosWorld, index: number): number {
  const team = world.teamIds[index];
  if (team === undefined) throw new Error(`no team at index ${index}`);
  return team;
}

function contactOf(world: ChaosWorld, conversationId: number): number {
  const contact = world.server.platform.conversation(conversationId).meta.sender;
  return contact.id;
}

/**
 * Performs a workspace operation: on the platform (a third agent), or
 * through a client's core action (optimistic, with rollback on failure),
 * after arming an injected REST fault when the op has one. A client's
 * outcome is returned, to be awaited later.
 */
export function applyWorkspaceOp(
  world: ChaosWorld,
  op: WorkspaceOp,
  id: number,
  seq: number,
): Promise<ActionOutcome<unknown>> | undefined {
  if (op.by === "platform" || op.kind === "snooze-job") {
    platformChange(world, op, id, seq);
    return undefined;
  }
  const client = op.by === "client" ? world.client : world.peer;
  if (!client) throw new Error("this chaos world has no peer client");
  if (op.fault !== "none") {
    world.server.rest.failNext({
      method: op.kind === "contact-edit" ? "PATCH" : "POST",
      path: /\/(assignments|labels|toggle_status|toggle_priority|contacts\/\d+)$/,
      status: 503,
      body: { error: INJECTED_FAULT },
      afterHandling: op.fault === "lost-answer",
    });
  }
  return clientAction(client, op, id, world, seq);
}
