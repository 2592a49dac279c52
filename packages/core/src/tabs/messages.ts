import { CONNECTION_STATUSES, type ConnectionStatus } from "../connection/status";

/**
 * What the pages of a tab group tell each other. Every message names its
 * sender (`from`, a random tab id); the leader's carry its `term`, a number
 * that grows with every new leader, so a leader that was frozen and wakes
 * up cannot be taken for the current one.
 */
export type TabMessage =
  /** A page joined; the leader answers with `lead`. */
  | { type: "hello"; from: string }
  /** The sender leads from `term` on; its connection is in `status`. */
  | { type: "lead"; from: string; term: number; status: ConnectionStatus }
  /** The leader's connection status changed. */
  | { type: "status"; from: string; term: number; status: ConnectionStatus }
  /** The `message` of a data frame the leader's subscription received (unvalidated). */
  | { type: "event"; from: string; term: number; message: unknown }
  /** A follower's channel command, for the leader to send. */
  | { type: "perform"; from: string; action: string; data?: Record<string, unknown> }
  /** A follower asks the leader to send `update_presence`. */
  | { type: "presence"; from: string }
  /** A follower heard nothing for a while: is the leader still there? */
  | { type: "probe"; from: string }
  /** The leader's answer to `probe`. */
  | { type: "alive"; from: string; term: number }
  /** The sender left the group (or stopped leading). */
  | { type: "bye"; from: string };

const STATUSES: ReadonlySet<string> = new Set(CONNECTION_STATUSES);

type Fields = Record<string, unknown>;

const isStatus = (value: unknown): value is ConnectionStatus =>
  typeof value === "string" && STATUSES.has(value);
const isTerm = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

/** `raw` as a {@link TabMessage}, or undefined for anything else on the channel. */
export function parseTabMessage(raw: unknown): TabMessage | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const m = raw as Fields;
  if (typeof m.from !== "string") return undefined;
  switch (m.type) {
    case "hello":
    case "presence":
    case "probe":
    case "bye":
      return { type: m.type, from: m.from };
    case "lead":
    case "status":
      return isTerm(m.term) && isStatus(m.status)
        ? { type: m.type, from: m.from, term: m.term, status: m.status }
        : undefined;
    case "event":
      return isTerm(m.term)
        ? { type: "event", from: m.from, term: m.term, message: m.message }
        : undefined;
    case "alive":
      return isTerm(m.term) ? { type: "alive", from: m.from, term: m.term } : undefined;
    case "perform": {
      if (typeof m.action !== "string") return undefined;
      const data = typeof m.data === "object" && m.data !== null ? (m.data as Fields) : undefined;
      return { type: "perform", from: m.from, action: m.action, data };
    }
    default:
      return undefined;
  }
}
