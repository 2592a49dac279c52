import type { FakeUniLinkServer } from "../server/ws-transport";

/** One confirmed subscription, as `GET /__dev/cable` reports it (no token). */
export interface CableSubscriptionReport {
  socketId: number;
  /** The agent's `user_id`, or null for a contact subscription. */
  userId: number | null;
  accountId: number | null;
}

/** What `GET /__dev/cable` answers: who holds sockets, and when each agent last beat. */
export interface CableReport {
  /** Sockets open now. */
  openSockets: number;
  /** Sockets accepted since start. */
  connections: number;
  /** Confirmed subscriptions on open sockets. */
  subscriptions: CableSubscriptionReport[];
  /** Receipt times (ms since epoch) of each agent's recent `update_presence`, by user id. */
  presence: Record<string, number[]>;
}

/** Presence beats kept per agent. */
const KEPT_BEATS = 400;

function idParam(identifier: unknown, name: string): number | null {
  try {
    const value = (JSON.parse(String(identifier)) as Record<string, unknown>)[name];
    const id = Number(value);
    return value !== undefined && Number.isFinite(id) ? id : null;
  } catch {
    return null;
  }
}

/**
 * Watches the fake server for the `/__dev/cable` report: counts what is
 * open and logs when each agent's `update_presence` arrives (tests check
 * the gaps). Returns the reader and a function that stops watching.
 */
export function watchCable(server: FakeUniLinkServer): { report(): CableReport; stop(): void } {
  const presence = new Map<string, number[]>();
  const stop = server.onCommand((command) => {
    if (command.action !== "update_presence") return;
    const userId = idParam(command.identifier, "user_id");
    if (userId === null) return;
    const beats = presence.get(String(userId)) ?? [];
    beats.push(Date.now());
    if (beats.length > KEPT_BEATS) beats.splice(0, beats.length - KEPT_BEATS);
    presence.set(String(userId), beats);
  });
  return {
    report: () => ({
      openSockets: server.openSocketCount,
      connections: server.connectionCount,
      subscriptions: server.subscriptions
        .filter((s) => s.confirmed)
        .map((s) => ({
          socketId: s.socketId,
          userId: idParam(s.identifier, "user_id"),
          accountId: idParam(s.identifier, "account_id"),
        })),
      presence: Object.fromEntries(presence),
    }),
    stop,
  };
}
