import type { SeededRandom } from "../../factories/random";
import type { ConversationRow } from "../../platform/records";
import { SCRIPTS, type ScriptLine } from "./scripts";

/** One conversation of the generated account, before it is played into the platform. */
export interface ConversationPlan {
  /** Index of the contact (several conversations may share one). */
  contact: number;
  inbox: number;
  /** Index into the agents, or null for unassigned. */
  assignee: number | null;
  /** Who assigned it (index), when someone else did. */
  assignedBy: number | null;
  status: ConversationRow["status"];
  labels: string[];
  priority: ConversationRow["priority"];
  /** Lines with their times (epoch ms). */
  lines: { at: number; line: ScriptLine }[];
  /** When the status changes to `status` (non-open only). */
  closedAt: number | null;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const HISTORY_DAYS = 10;

function pickStatus(random: SeededRandom): ConversationRow["status"] {
  const r = random.next();
  if (r < 0.5) return "resolved";
  if (r < 0.85) return "open";
  return r < 0.95 ? "pending" : "snoozed";
}

/** Open conversations often wait for an agent: cut the script after a contact line. */
function linesFor(
  random: SeededRandom,
  lines: readonly ScriptLine[],
  status: string,
  assigned: boolean,
) {
  if (!assigned) {
    // Nobody has picked it up: only the contact has written.
    const firstAgent = lines.findIndex(([who]) => who !== "c");
    return lines.slice(0, firstAgent < 0 ? lines.length : firstAgent);
  }
  if (status !== "open" || random.next() < 0.3) return [...lines];
  const contactEnds = lines.flatMap(([who], i) => (who === "c" ? [i + 1] : []));
  return lines.slice(0, random.pick(contactEnds));
}

function assigneeFor(random: SeededRandom, status: string, agentCount: number): number | null {
  const r = random.next();
  if (status === "open") {
    if (r < 0.35) return 0; // the dashboard's user
    if (r < 0.65) return random.int(1, agentCount - 1);
    return null;
  }
  return r < 0.3 ? 0 : random.int(1, agentCount - 1);
}

/**
 * Plans `count` conversations over the last days, denser towards now, each
 * a support script cut to fit its status.
 */
export function planConversations(
  random: SeededRandom,
  count: number,
  agentCount: number,
  inboxCount: number,
  now: number,
): ConversationPlan[] {
  const plans: ConversationPlan[] = [];
  let contacts = 0;
  for (let i = 0; i < count; i++) {
    const status = pickStatus(random);
    const assignee = assigneeFor(random, status, agentCount);
    const script = random.pick(SCRIPTS);
    const chosen = linesFor(random, script.lines, status, assignee !== null);
    // Squared: most conversations are recent, a few are days old.
    const age = random.next() ** 2 * HISTORY_DAYS * DAY + 10 * MINUTE;
    const span = Math.min(age - 2 * MINUTE, 3 * 60 * MINUTE);
    const gap = span / (chosen.length + 1);
    const start = now - age;
    const lines = chosen.map((line, index) => ({
      at: Math.round(start + index * gap + random.int(0, Math.floor(gap / 3))),
      line,
    }));
    const last = lines[lines.length - 1]?.at ?? start;
    const reuse = contacts > 10 && random.next() < 0.2;
    plans.push({
      contact: reuse ? random.int(0, contacts - 1) : contacts++,
      inbox: random.next() < 0.7 ? 0 : random.int(1, inboxCount - 1),
      assignee,
      assignedBy: assignee === 0 && random.next() < 0.6 ? 1 : null,
      status,
      labels: [...script.labels],
      priority: script.labels.includes("vip") ? "urgent" : random.next() < 0.1 ? "high" : null,
      lines,
      closedAt:
        status === "open" ? null : Math.min(now - MINUTE, last + random.int(2, 60) * MINUTE),
    });
  }
  return plans;
}
