import type { ContactSession } from "./directory-ops";
import type { InboxRow, UserRow } from "./records";

/** An agent as tests use it: ids and current credentials. */
export interface AgentHandle {
  id: number;
  /** First account; see `accountIds` for all. */
  accountId: number;
  accountIds: number[];
  name: string;
  /** REST token (`api_access_token`). */
  accessToken: string;
  /** Current socket token. */
  pubsubToken: string;
}

/** A contact session as tests and widgets use it. */
export interface ContactHandle {
  /** Contact id. */
  id: number;
  accountId: number;
  inboxId: number;
  /** Public API `inbox_identifier` of its inbox. */
  inboxIdentifier: string;
  /** The session (`contact_inbox`) id. */
  contactInboxId: number;
  /** Public API `source_id`. */
  sourceId: string;
  /** Current socket token. */
  pubsubToken: string;
  name: string;
}

export function agentHandle(user: UserRow): AgentHandle {
  return {
    id: user.id,
    accountId: user.accountIds[0] as number,
    accountIds: [...user.accountIds],
    name: user.name,
    accessToken: user.accessToken,
    pubsubToken: user.pubsubToken,
  };
}

export function contactHandle(session: ContactSession, inbox: InboxRow): ContactHandle {
  return {
    id: session.contact.id,
    accountId: session.contact.accountId,
    inboxId: inbox.id,
    inboxIdentifier: inbox.identifier,
    contactInboxId: session.contactInbox.id,
    sourceId: session.contactInbox.sourceId,
    pubsubToken: session.contactInbox.pubsubToken,
    name: session.contact.name,
  };
}
