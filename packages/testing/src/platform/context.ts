import { SeededRandom } from "../factories/random";
import { PlatformError } from "./errors";
import type {
  AccountRow,
  ContactInboxRow,
  ContactRow,
  ConversationRow,
  InboxRow,
  MessageRow,
  PlatformData,
  UserRow,
} from "./records";

/**
 * The platform's data plus what every operation needs: ids, tokens, the
 * clock and lookups that fail with a {@link PlatformError} (a REST 404).
 */
export class PlatformContext {
  readonly #random: SeededRandom;

  /** The platform's records (accounts, conversations, messages...). */
  readonly data: PlatformData;
  /** The platform's clock, in milliseconds. */
  readonly now: () => number;

  /** Where user pictures are served (`<base>/users/<id>.svg`); none when undefined. */
  readonly avatarBaseUrl: string | undefined;

  constructor(data: PlatformData, now: () => number, seed: number, avatarBaseUrl?: string) {
    this.data = data;
    this.now = now;
    this.avatarBaseUrl = avatarBaseUrl;
    // Mixed with the data's size so a restored platform does not hand out the tokens of a fresh one.
    this.#random = new SeededRandom(seed + data.users.length * 7919 + data.contactInboxes.length);
  }

  /** The next id of a kind: 1, 2, 3... (kept in the data, so it survives persistence). */
  nextId(kind: string): number {
    const id = (this.data.sequences[kind] ?? 0) + 1;
    this.data.sequences[kind] = id;
    return id;
  }

  /** A fresh opaque token, e.g. `pub_7f3a...`. */
  token(prefix: string): string {
    const hex = Array.from({ length: 24 }, () => this.#random.int(0, 15).toString(16)).join("");
    return `${prefix}_${hex}`;
  }

  /** A uuid (contact `source_id`s). */
  uuid(): string {
    return this.#random.uuid();
  }

  /** A conversation `updated_at`: float seconds, strictly increasing, microsecond precision. */
  stamp(): number {
    const candidate = Number((this.now() / 1000).toFixed(6));
    const next =
      candidate > this.data.lastUpdatedAt
        ? candidate
        : Number((this.data.lastUpdatedAt + 0.000001).toFixed(6));
    this.data.lastUpdatedAt = next;
    return next;
  }

  /** An account, or a 404. */
  account(id: number): AccountRow {
    return found(
      this.data.accounts.find((a) => a.id === id),
      `account ${id}`,
    );
  }

  /** An agent, or a 404. */
  user(id: number): UserRow {
    return found(
      this.data.users.find((u) => u.id === id),
      `user ${id}`,
    );
  }

  /** The agent owning a REST access token. */
  userByAccessToken(token: string): UserRow | undefined {
    return this.data.users.find((u) => u.accessToken === token);
  }

  /** Agents and administrators of an account. */
  agentsOf(accountId: number): UserRow[] {
    return this.data.users.filter((u) => u.accountIds.includes(accountId));
  }

  /** An inbox, or a 404. */
  inbox(id: number): InboxRow {
    return found(
      this.data.inboxes.find((i) => i.id === id),
      `inbox ${id}`,
    );
  }

  /** An inbox by its public `inbox_identifier`, or a 404. */
  inboxByIdentifier(identifier: string): InboxRow {
    return found(
      this.data.inboxes.find((i) => i.identifier === identifier),
      "inbox",
    );
  }

  /** A contact, or a 404. */
  contact(id: number): ContactRow {
    return found(
      this.data.contacts.find((c) => c.id === id),
      `contact ${id}`,
    );
  }

  /** A contact session, or a 404. */
  contactInbox(id: number): ContactInboxRow {
    return found(
      this.data.contactInboxes.find((c) => c.id === id),
      `contact inbox ${id}`,
    );
  }

  /** A contact session by `source_id`, or a 404. */
  contactInboxBySourceId(sourceId: string): ContactInboxRow {
    return found(
      this.data.contactInboxes.find((c) => c.sourceId === sourceId),
      "contact",
    );
  }

  /** A contact session of one inbox by `source_id`, or a 404. */
  contactInboxBySource(inboxId: number, sourceId: string): ContactInboxRow {
    return found(
      this.data.contactInboxes.find((c) => c.inboxId === inboxId && c.sourceId === sourceId),
      "contact",
    );
  }

  /** A conversation by account and display id, or a 404. */
  conversation(accountId: number, id: number): ConversationRow {
    return found(
      this.data.conversations.find((c) => c.accountId === accountId && c.id === id),
      `conversation ${id}`,
    );
  }

  /** A conversation's messages, oldest first. */
  messagesOf(conversation: ConversationRow): MessageRow[] {
    return this.data.messages.filter(
      (m) => m.accountId === conversation.accountId && m.conversationId === conversation.id,
    );
  }
}

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new PlatformError(404, `${what} not found`);
  return value;
}
