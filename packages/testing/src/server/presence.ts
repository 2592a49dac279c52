import type { TokenDirectory } from "./directory";
import type { RoomSubject } from "./room-channel";

/** Default presence windows, as on the platform: agents 20 s, contacts 90 s. */
export const AGENT_PRESENCE_WINDOW_MS = 20_000;
/** See {@link AGENT_PRESENCE_WINDOW_MS}. */
export const CONTACT_PRESENCE_WINDOW_MS = 90_000;

/** The `data` of a `presence.update` event. */
export interface PresenceSnapshot {
  account_id: number;
  users: Record<string, string>;
  contacts?: Record<string, string>;
}

/** Who is present where, by last `update_presence` time. */
export class PresenceTracker {
  // accountId -> "agent:<id>" | "contact:<id>" -> last seen (ms)
  readonly #lastSeen = new Map<number, Map<string, number>>();

  constructor(
    private readonly directory: TokenDirectory,
    private readonly now: () => number,
    private readonly agentWindowMs = AGENT_PRESENCE_WINDOW_MS,
    private readonly contactWindowMs = CONTACT_PRESENCE_WINDOW_MS,
  ) {}

  /** Marks someone present in an account now. */
  touch(accountId: number, kind: "agent" | "contact", id: number): void {
    let seen = this.#lastSeen.get(accountId);
    if (!seen) {
      seen = new Map();
      this.#lastSeen.set(accountId, seen);
    }
    seen.set(`${kind}:${id}`, this.now());
  }

  /** The full snapshot `subject` gets: users always, contacts for agents only. */
  snapshotFor(subject: RoomSubject): PresenceSnapshot {
    const { accountId } = subject;
    const users: Record<string, string> = {};
    for (const userId of this.#present(accountId, "agent", this.agentWindowMs)) {
      users[String(userId)] = this.#availability(accountId, userId);
    }
    for (const agent of this.directory.agentsOf(accountId)) {
      if (!agent.autoOffline) users[String(agent.userId)] = agent.availability;
    }
    if (subject.kind !== "agent") return { account_id: accountId, users };
    const contacts: Record<string, string> = {};
    for (const contactId of this.#present(accountId, "contact", this.contactWindowMs)) {
      contacts[String(contactId)] = "online";
    }
    return { account_id: accountId, users, contacts };
  }

  #present(accountId: number, kind: "agent" | "contact", windowMs: number): number[] {
    const since = this.now() - windowMs;
    const ids: number[] = [];
    for (const [key, at] of this.#lastSeen.get(accountId) ?? []) {
      const [entryKind, id] = key.split(":");
      if (entryKind === kind && at >= since) ids.push(Number(id));
    }
    return ids;
  }

  #availability(accountId: number, userId: number): string {
    const agent = this.directory.agentsOf(accountId).find((a) => a.userId === userId);
    return agent?.availability ?? "online";
  }
}
