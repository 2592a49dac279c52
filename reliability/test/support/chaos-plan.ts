import { type SeededRandom, seededRandom } from "./chaos-random";
import type { ChaosSize } from "./chaos-sizes";
import { drawWorkspaceOp, WORKSPACE_WEIGHTS, type WorkspaceOp } from "./chaos-workspace-ops";

/** Conversation statuses the platform knows. */
export const STATUSES = ["open", "resolved", "pending", "snoozed"] as const;

/** One platform operation; conversations and agents are indexes into the run's lists. */
export type ChaosOp =
  | { kind: "contact"; conversation: number }
  | { kind: "reply"; conversation: number; agent: number }
  | { kind: "note"; conversation: number; agent: number }
  | { kind: "activity"; conversation: number }
  | { kind: "status"; conversation: number; status: (typeof STATUSES)[number]; agent: number }
  | { kind: "assign"; conversation: number; assignee: number | null; performer: number }
  | { kind: "read"; conversation: number }
  | WorkspaceOp;

/** Operations that create a message (the run's size counts them). */
const MESSAGE_KINDS: ReadonlySet<ChaosOp["kind"]> = new Set([
  "contact",
  "reply",
  "note",
  "activity",
]);

/** A fault the run injects. */
export type FaultKind = "drop" | "freeze" | "restart";

/** The whole run, fixed by its seed before anything starts. */
export interface ChaosPlan {
  /** Operations in order; messages among them plus one opening message per conversation = `size.messages`. */
  ops: ChaosOp[];
  /** Fault to start just before the op at that index. */
  faults: Map<number, FaultKind>;
}

// Weights: mostly chat, some bookkeeping, agent-workspace changes. Message kinds sum to 90.
const WEIGHTS: [ChaosOp["kind"], number][] = [
  ["contact", 50],
  ["reply", 25],
  ["note", 10],
  ["activity", 5],
  ["status", 6],
  ["assign", 4],
  ["read", 3],
  ...WORKSPACE_WEIGHTS,
];
const TOTAL_WEIGHT = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

function kindOf(random: SeededRandom): ChaosOp["kind"] {
  let roll = random.next() * TOTAL_WEIGHT;
  for (const [kind, weight] of WEIGHTS) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return "contact";
}

function opOf(
  kind: ChaosOp["kind"],
  random: SeededRandom,
  size: ChaosSize,
  agents: number,
): ChaosOp {
  const conversation = random.int(0, size.conversations - 1);
  const agent = random.int(0, agents - 1);
  switch (kind) {
    case "contact":
    case "activity":
    case "read":
      return { kind, conversation };
    case "reply":
    case "note":
      return { kind, conversation, agent };
    case "status":
      return { kind, conversation, status: random.pick(STATUSES), agent };
    case "assign": {
      // Another agent assigns, so assigning the client's own agent sends it a notification.
      const assignee = random.next() < 0.2 ? null : random.int(0, agents - 1);
      return { kind, conversation, assignee, performer: (agent + 1) % agents };
    }
    default:
      return drawWorkspaceOp(kind, random, conversation, agents);
  }
}

/**
 * Draws the run from `size.seed`: the operations (contacts write, agents
 * reply, private notes, activities, status changes, assignments, the
 * client's agent reading a conversation, and agent-workspace changes made
 * through the clients' actions or by a third agent) and the
 * op indexes where each fault starts, spread over 5..90 % of the run.
 */
export function planChaos(size: ChaosSize, agents: number): ChaosPlan {
  const random = seededRandom(size.seed);
  const ops: ChaosOp[] = [];
  let messages = size.conversations; // each conversation opens with a contact message
  while (messages < size.messages) {
    const op = opOf(kindOf(random), random, size, agents);
    if (MESSAGE_KINDS.has(op.kind)) messages++;
    ops.push(op);
  }
  const kinds: FaultKind[] = random.shuffle([
    ...Array<FaultKind>(size.drops).fill("drop"),
    ...Array<FaultKind>(size.freezes).fill("freeze"),
    ...Array<FaultKind>(size.restarts).fill("restart"),
  ]);
  const first = Math.floor(ops.length * 0.05);
  const last = Math.max(first, Math.floor(ops.length * 0.9));
  const slots = new Set<number>();
  while (slots.size < Math.min(kinds.length, last - first + 1)) slots.add(random.int(first, last));
  const faults = new Map<number, FaultKind>();
  [...slots]
    .sort((a, b) => a - b)
    .forEach((index, n) => {
      faults.set(index, kinds[n] as FaultKind);
    });
  return { ops, faults };
}
