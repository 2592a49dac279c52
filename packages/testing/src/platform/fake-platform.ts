import type { ContactPayload, MessagePayload, NotificationPayload } from "../factories/types";
import { PlatformContext } from "./context";
import {
  assign,
  changeStatus,
  createConversation,
  markSeenByAgent,
  markSeenByContact,
  setTyping,
  type Typist,
} from "./conversation-ops";
import {
  type AgentInit,
  addAgentToAccount,
  type ContactSessionInit,
  createAccount,
  createAgent,
  createContactSession,
  createInbox,
  type InboxInit,
  registerAgent,
  registerContactSession,
  rotateAgentToken,
  rotateContactToken,
} from "./directory-ops";
import { PlatformError } from "./errors";
import { EventBus, type PlatformCable, type SentEvent } from "./event-bus";
import { type AgentHandle, agentHandle, type ContactHandle, contactHandle } from "./handles";
import { isContactVisible } from "./listing";
import { createMessage, type MessageInit } from "./message-ops";
import { type NotificationSecondary, notify } from "./notification-ops";
import {
  contactPayload,
  conversationPayload,
  messagePayload,
  notificationPayload,
  type PlatformConversationPayload,
} from "./present";
import type { CannedResponseRow, LabelRow, TeamRow } from "./records";
import {
  type AccountRow,
  type ConversationRow,
  emptyPlatformData,
  type InboxRow,
  type PlatformData,
  upgradePlatformData,
} from "./records";
import type { PlatformRuntime } from "./runtime";
import {
  assignTeam,
  type ContactEdit,
  createCannedResponse,
  createLabel,
  createTeam,
  type LabelInit,
  reopenDueSnoozed,
  setLabels,
  setPriority,
  snooze,
  type TeamInit,
  updateContact,
} from "./workspace-ops";

/** Options of {@link FakePlatform}. */
export interface FakePlatformOptions {
  /** Socket server to register tokens with and broadcast on (the fake server passes itself). */
  cable?: PlatformCable;
  /** Clock in ms. Default `Date.now`. */
  now?: () => number;
  /** Seed of generated tokens and source ids. Default 1. */
  seed?: number;
  /** Saved data to start from (see {@link FakePlatform.toJSON}). */
  data?: PlatformData;
  /** On empty data, create account 1 with one website inbox. Default true. */
  defaults?: boolean;
  /**
   * Base URL of served user pictures (`<base>/users/<id>.svg`), as the dev
   * server does. Default: none, users have empty `avatar_url` like the
   * platform's users without a picture (no request a page could fail).
   */
  avatarBaseUrl?: string;
}

/** Which account a conversation-level call addresses. */
export interface InAccount {
  /** Default: the platform's first account. */
  accountId?: number;
}

/**
 * The fake platform's truth: accounts, agents, contacts, inboxes,
 * conversations and messages with server ids, unread counts, last-seen
 * times, echo-id idempotency, and who receives which event. Transport
 * agnostic (no Node imports): the fake server and an in-browser transport
 * both drive it, and the REST handlers in `rest/` read and change it.
 *
 * @example
 * const agent = platform.createAgent({ name: "Ana" });
 * const contact = platform.createContact({ name: "Bruno" });
 * const conversation = platform.createConversation({ contact, messages: ["Hi"] });
 * platform.agentReply(conversation.id, "Hello!", { agentId: agent.id });
 * platform.messages(conversation.id); // the truth, oldest first
 */
export class FakePlatform {
  /** Operations' shared state; used by the REST handlers. */
  readonly runtime: PlatformRuntime;

  constructor(options: FakePlatformOptions = {}) {
    const data = options.data
      ? upgradePlatformData(structuredClone(options.data))
      : emptyPlatformData();
    const ctx = new PlatformContext(
      data,
      options.now ?? Date.now,
      options.seed ?? 1,
      options.avatarBaseUrl,
    );
    this.runtime = { ctx, bus: new EventBus(options.cable), cable: options.cable };
    for (const user of data.users) registerAgent(this.runtime, user);
    for (const contactInbox of data.contactInboxes) {
      const contact = ctx.contact(contactInbox.contactId);
      registerContactSession(this.runtime, { contact, contactInbox });
    }
    if (data.accounts.length === 0 && options.defaults !== false) {
      const account = this.createAccount();
      this.createInbox({ accountId: account.id });
    }
  }

  /** The first account: what calls without `accountId` address. */
  get defaultAccountId(): number {
    const account = this.runtime.ctx.data.accounts[0];
    if (!account) throw new PlatformError(404, "the platform has no account");
    return account.id;
  }

  /** Every event sent so far, in order, with the streams it reached. */
  get events(): readonly SentEvent[] {
    return this.runtime.bus.log;
  }

  /** A copy of all data, to save and pass back as `data` later. */
  toJSON(): PlatformData {
    return structuredClone(this.runtime.ctx.data);
  }

  /** Queues events instead of sending them (e.g. to let a REST answer overtake its event). */
  holdEvents(): void {
    this.runtime.bus.hold();
  }

  /** Sends the queued events in order, or drops them; returns how many there were. */
  releaseEvents(options: { drop?: boolean } = {}): number {
    return this.runtime.bus.release(options);
  }

  /** Creates an account. */
  createAccount(init: { name?: string } = {}): AccountRow {
    return { ...createAccount(this.runtime, init.name) };
  }

  /** Creates a website inbox (its `identifier` addresses the public API). */
  createInbox(init: InboxInit = {}): InboxRow {
    return { ...createInbox(this.runtime, init.accountId ?? this.defaultAccountId, init) };
  }

  /** Creates an agent with REST and socket tokens, registered with the socket server. */
  createAgent(init: AgentInit = {}): AgentHandle {
    return agentHandle(createAgent(this.runtime, init.accountId ?? this.defaultAccountId, init));
  }

  /** The agent's current ids and tokens. */
  agent(userId: number): AgentHandle {
    return agentHandle(this.runtime.ctx.user(userId));
  }

  /** Adds an agent to another account (its socket token then authorizes there too). */
  addAgentToAccount(userId: number, accountId: number): void {
    addAgentToAccount(this.runtime, userId, accountId);
  }

  /** A password change: the agent's pubsub token changes; returns the new one. */
  rotateAgentToken(userId: number, token?: string): string {
    return rotateAgentToken(this.runtime, userId, token);
  }

  /** Creates (or re-identifies, by `identifier`) a contact with a new session in an inbox. */
  createContact(init: ContactSessionInit = {}): ContactHandle {
    const session = createContactSession(
      this.runtime,
      init.accountId ?? this.defaultAccountId,
      init,
    );
    return contactHandle(session, this.runtime.ctx.inbox(session.contactInbox.inboxId));
  }

  /** A contact session's current ids and token, by `source_id`. */
  contact(sourceId: string): ContactHandle {
    const { ctx } = this.runtime;
    const row = ctx.contactInboxBySourceId(sourceId);
    const session = { contact: ctx.contact(row.contactId), contactInbox: row };
    return contactHandle(session, ctx.inbox(row.inboxId));
  }

  /** Gives a contact session a new socket token; returns it. */
  rotateContactToken(sourceId: string, token?: string): string {
    return rotateContactToken(this.runtime, this.contact(sourceId).contactInboxId, token);
  }

  /** Opens a conversation for a contact session (`conversation.created`, then its messages). */
  createConversation(init: {
    contact: { contactInboxId: number };
    status?: ConversationRow["status"];
    assigneeId?: number | null;
    labels?: string[];
    priority?: ConversationRow["priority"];
    messages?: string[];
  }): PlatformConversationPayload {
    const row = createConversation(this.runtime, {
      ...init,
      contactInboxId: init.contact.contactInboxId,
    });
    return conversationPayload(this.runtime.ctx, row);
  }

  /** The contact writes (`message.created` to agents and the contact). */
  receiveContactMessage(
    conversationId: number,
    content: string,
    options: InAccount & { echoId?: string } = {},
  ): MessagePayload {
    return this.#message(conversationId, options, {
      author: { kind: "contact" },
      content,
      echoId: options.echoId,
    });
  }

  /** An agent replies (default: the assignee, else the account's first agent); `private` for a note. */
  agentReply(
    conversationId: number,
    content: string,
    options: InAccount & { agentId?: number; private?: boolean; echoId?: string } = {},
  ): MessagePayload {
    const conversation = this.#conversation(conversationId, options);
    const agentId =
      options.agentId ??
      conversation.assigneeId ??
      this.runtime.ctx.agentsOf(conversation.accountId)[0]?.id;
    if (agentId === undefined) throw new Error("agentReply: the account has no agent");
    return this.#message(conversationId, options, {
      author: { kind: "agent", userId: agentId },
      content,
      private: options.private,
      echoId: options.echoId,
    });
  }

  /** An activity message (`message_type` 2: agents only). */
  addActivity(conversationId: number, content: string, options: InAccount = {}): MessagePayload {
    return this.#message(conversationId, options, { author: { kind: "system" }, content });
  }

  /** Changes the status: `conversation.status_changed` and `conversation.updated`. */
  changeStatus(
    conversationId: number,
    status: ConversationRow["status"],
    options: InAccount & { performerId?: number } = {},
  ): void {
    changeStatus(
      this.runtime,
      this.#conversation(conversationId, options),
      status,
      options.performerId,
    );
  }

  /** Assigns (or with `null` unassigns): `assignee.changed` and `conversation.updated`. */
  assign(
    conversationId: number,
    assigneeId: number | null,
    options: InAccount & { performerId?: number } = {},
  ): void {
    assign(
      this.runtime,
      this.#conversation(conversationId, options),
      assigneeId,
      options.performerId,
    );
  }

  /** Creates a team (`memberIds`: agents of the account). */
  createTeam(init: TeamInit & InAccount): TeamRow {
    return { ...createTeam(this.runtime, init.accountId ?? this.defaultAccountId, init) };
  }

  /** Creates a label (titles are stored lower-case, unique per account). */
  createLabel(init: LabelInit & InAccount): LabelRow {
    return { ...createLabel(this.runtime, init.accountId ?? this.defaultAccountId, init) };
  }

  /** Creates a canned response (`/shortCode` in a composer inserts `content`). */
  createCannedResponse(
    init: { shortCode: string; content: string } & InAccount,
  ): CannedResponseRow {
    return { ...createCannedResponse(this.runtime, init.accountId ?? this.defaultAccountId, init) };
  }

  /** Assigns a team (`null` or an unknown id removes it): `team.changed`, maybe `assignee.changed`, `conversation.updated`. */
  assignTeam(
    conversationId: number,
    teamId: number | null,
    options: InAccount & { performerId?: number } = {},
  ): void {
    const conversation = this.#conversation(conversationId, options);
    assignTeam(this.runtime, conversation, teamId, options.performerId);
  }

  /** Replaces the labels (unknown titles are dropped): `conversation.updated`. Returns what it carries now. */
  setLabels(
    conversationId: number,
    labels: readonly string[],
    options: InAccount & { performerId?: number } = {},
  ): string[] {
    const conversation = this.#conversation(conversationId, options);
    return setLabels(this.runtime, conversation, labels, options.performerId);
  }

  /** Sets or clears the priority: `conversation.updated`. */
  setPriority(
    conversationId: number,
    priority: ConversationRow["priority"],
    options: InAccount & { performerId?: number } = {},
  ): void {
    const conversation = this.#conversation(conversationId, options);
    setPriority(this.runtime, conversation, priority, options.performerId);
  }

  /** Snoozes until `untilMs` (epoch ms; `null`: until the contact writes). */
  snooze(
    conversationId: number,
    untilMs: number | null,
    options: InAccount & { performerId?: number } = {},
  ): void {
    snooze(this.runtime, this.#conversation(conversationId, options), untilMs, options.performerId);
  }

  /** The platform's periodic job: opens snoozed conversations whose time came; returns how many. */
  reopenDueSnoozed(): number {
    return reopenDueSnoozed(this.runtime);
  }

  /** An agent edits a contact: `contact.updated` to the account's agents. */
  updateContact(contactId: number, edit: ContactEdit): ContactPayload {
    return contactPayload(updateContact(this.runtime, this.runtime.ctx.contact(contactId), edit));
  }

  /** Someone starts or stops typing (`{agentId}` or `{contact: true}`). */
  setTyping(
    conversationId: number,
    who: { agentId: number } | { contact: true },
    on: boolean,
    options: InAccount & { isPrivate?: boolean } = {},
  ): void {
    const typist: Typist =
      "agentId" in who ? { kind: "agent", userId: who.agentId } : { kind: "contact" };
    const conversation = this.#conversation(conversationId, options);
    setTyping(this.runtime, conversation, typist, on, options.isPrivate);
  }

  /** The agents looked at the conversation: its unread count drops to 0 (no event). */
  markSeenByAgent(conversationId: number, options: InAccount = {}): void {
    markSeenByAgent(this.runtime, this.#conversation(conversationId, options));
  }

  /** The contact looked: `conversation.read`, agent messages become `read`. */
  markSeenByContact(conversationId: number, options: InAccount = {}): void {
    markSeenByContact(this.runtime, this.#conversation(conversationId, options));
  }

  /** Notifies an agent about a conversation (`notification.created` to that agent). */
  notify(
    userId: number,
    conversationId: number,
    notificationType = "conversation_mention",
    options: InAccount & { secondary?: NotificationSecondary } = {},
  ): NotificationPayload {
    const conversation = this.#conversation(conversationId, options);
    const row = notify(this.runtime, userId, conversation, notificationType, options.secondary);
    return notificationPayload(this.runtime.ctx, row);
  }

  /** Truth: one conversation as the platform would send it now. */
  conversation(conversationId: number, options: InAccount = {}): PlatformConversationPayload {
    return conversationPayload(this.runtime.ctx, this.#conversation(conversationId, options));
  }

  /** Truth: every conversation of an account, by display id. */
  conversations(options: InAccount = {}): PlatformConversationPayload[] {
    const accountId = options.accountId ?? this.defaultAccountId;
    return this.runtime.ctx.data.conversations
      .filter((c) => c.accountId === accountId)
      .map((c) => conversationPayload(this.runtime.ctx, c));
  }

  /**
   * Truth: a conversation's messages, oldest first, as agents see them
   * (default) or as its contact does (no private notes, no activity).
   */
  messages(
    conversationId: number,
    options: InAccount & { view?: "agent" | "contact" } = {},
  ): MessagePayload[] {
    const { ctx } = this.runtime;
    const rows = ctx.messagesOf(this.#conversation(conversationId, options));
    const visible = options.view === "contact" ? rows.filter(isContactVisible) : rows;
    return visible.map((m) => messagePayload(ctx, m));
  }

  /** Truth: a contact by id. */
  contactPayload(contactId: number): ContactPayload {
    return contactPayload(this.runtime.ctx.contact(contactId));
  }

  /** Truth: an agent's notifications in an account, newest first. */
  notifications(userId: number, options: InAccount = {}): NotificationPayload[] {
    const accountId = options.accountId ?? this.defaultAccountId;
    return this.runtime.ctx.data.notifications
      .filter((n) => n.userId === userId && n.accountId === accountId)
      .reverse()
      .map((n) => notificationPayload(this.runtime.ctx, n));
  }

  #conversation(conversationId: number, options: InAccount): ConversationRow {
    return this.runtime.ctx.conversation(
      options.accountId ?? this.defaultAccountId,
      conversationId,
    );
  }

  #message(conversationId: number, options: InAccount, init: MessageInit): MessagePayload {
    const conversation = this.#conversation(conversationId, options);
    const { message } = createMessage(this.runtime, conversation, init);
    return messagePayload(this.runtime.ctx, message);
  }
}
