import { PlatformError } from "./errors";
import type { AccountRow, ContactInboxRow, ContactRow, InboxRow, UserRow } from "./records";
import type { PlatformRuntime } from "./runtime";

/** Arguments of `createInbox`. */
export interface InboxInit {
  accountId?: number;
  name?: string;
  /** Public API `inbox_identifier`. Default: generated. */
  identifier?: string;
}

/** Arguments of `createAgent`. */
export interface AgentInit {
  accountId?: number;
  name?: string;
  email?: string;
  role?: UserRow["role"];
  /** Default: generated. */
  accessToken?: string;
  /** Default: generated. */
  pubsubToken?: string;
}

/** Arguments of `createContact` (a contact and its session in one inbox). */
export interface ContactSessionInit {
  accountId?: number;
  /** Default: the account's first inbox. */
  inboxId?: number;
  name?: string;
  email?: string | null;
  phoneNumber?: string | null;
  /**
   * The app's id for the contact. A known identifier re-identifies that
   * contact: a new session (`source_id`, pubsub token) for the same contact.
   */
  identifier?: string | null;
  /** Default: generated. */
  pubsubToken?: string;
  /** Attributes the account defines (plan, company...). */
  customAttributes?: Record<string, unknown>;
  /** Attributes the platform collects (city, browser...). */
  additionalAttributes?: Record<string, unknown>;
}

/** A contact session: who, and the ids a widget uses. */
export interface ContactSession {
  contact: ContactRow;
  contactInbox: ContactInboxRow;
}

export function createAccount(runtime: PlatformRuntime, name?: string): AccountRow {
  const id = runtime.ctx.nextId("account");
  const account = { id, name: name ?? `Account ${id}`, nextDisplayId: 1 };
  runtime.ctx.data.accounts.push(account);
  return account;
}

export function createInbox(runtime: PlatformRuntime, accountId: number, init: InboxInit) {
  runtime.ctx.account(accountId);
  const id = runtime.ctx.nextId("inbox");
  const inbox: InboxRow = {
    id,
    accountId,
    name: init.name ?? `Website ${id}`,
    identifier: init.identifier ?? runtime.ctx.token("inbox"),
    channel: "Channel::WebWidget",
  };
  runtime.ctx.data.inboxes.push(inbox);
  return inbox;
}

/** Registers an agent's pubsub token with the socket server for each of its accounts. */
export function registerAgent(runtime: PlatformRuntime, user: UserRow): void {
  for (const accountId of user.accountIds) {
    runtime.cable?.addAgent({
      token: user.pubsubToken,
      accountId,
      userId: user.id,
      name: user.name,
      availability: user.availability,
    });
  }
}

export function createAgent(runtime: PlatformRuntime, accountId: number, init: AgentInit) {
  const { ctx } = runtime;
  ctx.account(accountId);
  const id = ctx.nextId("user");
  const user: UserRow = {
    id,
    name: init.name ?? `Agent ${id}`,
    email: init.email ?? `agent${id}@example.com`,
    accessToken: init.accessToken ?? ctx.token("api"),
    pubsubToken: init.pubsubToken ?? ctx.token("pub"),
    accountIds: [accountId],
    role: init.role ?? "agent",
    availability: "online",
  };
  ctx.data.users.push(user);
  registerAgent(runtime, user);
  return user;
}

export function addAgentToAccount(runtime: PlatformRuntime, userId: number, accountId: number) {
  const user = runtime.ctx.user(userId);
  runtime.ctx.account(accountId);
  if (!user.accountIds.includes(accountId)) user.accountIds.push(accountId);
  registerAgent(runtime, user);
}

/** A password change: a new pubsub token; subscriptions made with the old one hear nothing more. */
export function rotateAgentToken(runtime: PlatformRuntime, userId: number, token?: string) {
  const user = runtime.ctx.user(userId);
  const previous = user.pubsubToken;
  user.pubsubToken = token ?? runtime.ctx.token("pub");
  runtime.cable?.rotateToken(previous, user.pubsubToken);
  return user.pubsubToken;
}

/** Registers a contact session's pubsub token with the socket server. */
export function registerContactSession(runtime: PlatformRuntime, session: ContactSession): void {
  runtime.cable?.addContact({
    token: session.contactInbox.pubsubToken,
    accountId: session.contact.accountId,
    contactId: session.contact.id,
    inboxId: session.contactInbox.inboxId,
  });
}

function findOrCreateContact(
  runtime: PlatformRuntime,
  accountId: number,
  init: ContactSessionInit,
) {
  const { ctx } = runtime;
  const known =
    init.identifier != null
      ? ctx.data.contacts.find((c) => c.accountId === accountId && c.identifier === init.identifier)
      : undefined;
  if (known) {
    if (init.name) known.name = init.name;
    if (init.email !== undefined) known.email = init.email;
    return known;
  }
  const id = ctx.nextId("contact");
  const contact: ContactRow = {
    id,
    accountId,
    name: init.name ?? `Visitor ${id}`,
    email: init.email ?? null,
    phoneNumber: init.phoneNumber ?? null,
    identifier: init.identifier ?? null,
    createdAtMs: ctx.now(),
    customAttributes: init.customAttributes ?? {},
    additionalAttributes: init.additionalAttributes ?? {},
  };
  ctx.data.contacts.push(contact);
  return contact;
}

/** Creates (or re-identifies) a contact and opens a new session for it in an inbox. */
export function createContactSession(
  runtime: PlatformRuntime,
  accountId: number,
  init: ContactSessionInit,
): ContactSession {
  const { ctx } = runtime;
  const inboxId = init.inboxId ?? ctx.data.inboxes.find((i) => i.accountId === accountId)?.id;
  if (inboxId === undefined) throw new PlatformError(422, `account ${accountId} has no inbox`);
  if (ctx.inbox(inboxId).accountId !== accountId) {
    throw new PlatformError(422, `inbox ${inboxId} is not in account ${accountId}`);
  }
  const contact = findOrCreateContact(runtime, accountId, init);
  const contactInbox: ContactInboxRow = {
    id: ctx.nextId("contactInbox"),
    contactId: contact.id,
    inboxId,
    sourceId: ctx.uuid(),
    pubsubToken: init.pubsubToken ?? ctx.token("cpub"),
    createdAtMs: ctx.now(),
  };
  ctx.data.contactInboxes.push(contactInbox);
  const session = { contact, contactInbox };
  registerContactSession(runtime, session);
  return session;
}

/** Gives a contact session a new pubsub token (re-identification); the old one stops authorizing. */
export function rotateContactToken(
  runtime: PlatformRuntime,
  contactInboxId: number,
  token?: string,
) {
  const contactInbox = runtime.ctx.contactInbox(contactInboxId);
  const previous = contactInbox.pubsubToken;
  contactInbox.pubsubToken = token ?? runtime.ctx.token("cpub");
  runtime.cable?.rotateToken(previous, contactInbox.pubsubToken);
  return contactInbox.pubsubToken;
}
