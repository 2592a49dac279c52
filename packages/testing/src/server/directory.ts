/** A user's availability as reported in `presence.update`. */
export type Availability = "online" | "busy" | "offline";

/** An agent/admin the fake server knows, registered with {@link CableServerLogic.addAgent}. */
export interface AgentInit {
  /** The user's pubsub token. */
  token: string;
  /** An account the user belongs to (call `addAgent` again to add more). */
  accountId: number;
  /** The user id (`user_id` identifier param). */
  userId: number;
  /** Display name, for demos. */
  name?: string;
  /** What `presence.update` reports while the user is present. Default "online". */
  availability?: Availability;
  /** `false` = always reported present (auto-offline disabled). Default true. */
  autoOffline?: boolean;
}

/** A contact session the fake server knows, registered with {@link CableServerLogic.addContact}. */
export interface ContactInit {
  /** The contact session's pubsub token. */
  token: string;
  accountId: number;
  contactId: number;
  inboxId?: number;
}

/** An agent as stored. */
export interface AgentRecord {
  kind: "agent";
  token: string;
  userId: number;
  accountIds: number[];
  name: string | undefined;
  availability: Availability;
  autoOffline: boolean;
}

/** A contact as stored. */
export interface ContactRecord {
  kind: "contact";
  token: string;
  accountId: number;
  contactId: number;
  inboxId: number | undefined;
}

/** Pubsub tokens the server accepts, and who they belong to. */
export class TokenDirectory {
  readonly #byToken = new Map<string, AgentRecord | ContactRecord>();

  /** Registers an agent token; the same token and user again adds another account. */
  addAgent(init: AgentInit): void {
    const existing = this.#byToken.get(init.token);
    const sameUser = existing?.kind === "agent" && existing.userId === init.userId;
    const accountIds = sameUser ? existing.accountIds : [];
    if (!accountIds.includes(init.accountId)) accountIds.push(init.accountId);
    this.#byToken.set(init.token, {
      kind: "agent",
      token: init.token,
      userId: init.userId,
      accountIds,
      name: init.name ?? (sameUser ? existing.name : undefined),
      availability: init.availability ?? "online",
      autoOffline: init.autoOffline ?? true,
    });
  }

  /** Registers a contact session token. */
  addContact(init: ContactInit): void {
    this.#byToken.set(init.token, {
      kind: "contact",
      token: init.token,
      accountId: init.accountId,
      contactId: init.contactId,
      inboxId: init.inboxId,
    });
  }

  /** Forgets a token. Live subscriptions made with it stay (as on the real server). */
  revoke(token: string): void {
    this.#byToken.delete(token);
  }

  /** Moves a registration to a new token; the old one stops authorizing. */
  rotate(oldToken: string, newToken: string): void {
    const record = this.#byToken.get(oldToken);
    if (!record) return;
    this.#byToken.delete(oldToken);
    this.#byToken.set(newToken, { ...record, token: newToken });
  }

  /** Who owns `token`, if anyone. */
  find(token: string): AgentRecord | ContactRecord | undefined {
    return this.#byToken.get(token);
  }

  /** Every agent of an account. */
  agentsOf(accountId: number): AgentRecord[] {
    return [...this.#byToken.values()].filter(
      (r): r is AgentRecord => r.kind === "agent" && r.accountIds.includes(accountId),
    );
  }
}
