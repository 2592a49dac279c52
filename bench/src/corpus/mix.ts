import type { Prng } from "./prng";

/** One thing that happens on the platform; a double sends two frames. */
export type Action =
  | "message.created"
  | "message.updated"
  | "typing"
  | "status.double"
  | "assignee.double"
  | "conversation.updated"
  | "presence.update"
  | "conversation.created"
  | "notification.created";

/** Share of all frames per action, from the benchmark brief; sums to 1. */
export const FRAME_SHARES: Readonly<Record<Action, number>> = {
  "message.created": 0.6,
  "message.updated": 0.1,
  typing: 0.1,
  // 8% conversation updates: 3% status doubles, 3% assignee doubles, 2% plain updates.
  "status.double": 0.03,
  "assignee.double": 0.03,
  "conversation.updated": 0.02,
  "presence.update": 0.05,
  "conversation.created": 0.04,
  "notification.created": 0.03,
};

const FRAMES_PER_ACTION: Readonly<Record<Action, number>> = {
  "message.created": 1,
  "message.updated": 1,
  typing: 1,
  "status.double": 2,
  "assignee.double": 2,
  "conversation.updated": 1,
  "presence.update": 1,
  "conversation.created": 1,
  "notification.created": 1,
};

// Actions are drawn per action, so a double's weight is halved to keep its share of frames.
const CUMULATIVE: readonly [Action, number][] = (() => {
  const entries = Object.entries(FRAME_SHARES) as [Action, number][];
  const weights = entries.map(([action, share]) => share / FRAMES_PER_ACTION[action]);
  const total = weights.reduce((sum, w) => sum + w, 0);
  let running = 0;
  return entries.map(([action], i) => {
    running += (weights[i] ?? 0) / total;
    return [action, running] as [Action, number];
  });
})();

/** Draws the next action with the brief's frame mix. */
export function drawAction(random: Prng): Action {
  const r = random.next();
  for (const [action, upTo] of CUMULATIVE) if (r < upTo) return action;
  return "message.created";
}
