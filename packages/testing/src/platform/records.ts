/**
 * The fake platform's database rows. Plain JSON (no Maps, no Dates), so a
 * dev server can persist {@link PlatformData} and load it again. Times are
 * epoch milliseconds; payloads convert them to the platform's formats.
 */

/** An account (tenant). */
export interface AccountRow {
  id: number;
  name: string;
  /** Next per-account conversation display id. */
  nextDisplayId: number;
}

/** An agent or administrator. */
export interface UserRow {
  id: number;
  name: string;
  email: string;
  /** REST token (`api_access_token` header). */
  accessToken: string;
  /** Socket token; rotates on password change. */
  pubsubToken: string;
  accountIds: number[];
  role: "agent" | "administrator";
  availability: "online" | "busy" | "offline";
}

/** A website inbox (the public Client API addresses it by `identifier`). */
export interface InboxRow {
  id: number;
  accountId: number;
  name: string;
  /** `inbox_identifier` of the public API. */
  identifier: string;
  channel: string;
}

/** A customer. */
export interface ContactRow {
  id: number;
  accountId: number;
  name: string;
  email: string | null;
  phoneNumber: string | null;
  /** The app's own id for the contact (identity validation). */
  identifier: string | null;
  createdAtMs: number;
  /** Attributes the account defines (plan, company...). */
  customAttributes: Record<string, unknown>;
  /** Attributes the platform collects (city, browser...). */
  additionalAttributes: Record<string, unknown>;
}

/** A team conversations can be assigned to. */
export interface TeamRow {
  id: number;
  accountId: number;
  name: string;
  description: string;
  /** Assigning the team also picks one of its members when nobody is assigned. */
  allowAutoAssign: boolean;
  /** Agents in the team. */
  memberIds: number[];
}

/** A label of an account; conversations carry its `title`. */
export interface LabelRow {
  id: number;
  accountId: number;
  title: string;
  description: string;
  /** e.g. `#1f93ff`. */
  color: string;
  showOnSidebar: boolean;
}

/** A saved reply. */
export interface CannedResponseRow {
  id: number;
  accountId: number;
  shortCode: string;
  content: string;
}

/** One contact session in one inbox: `source_id` and the contact's socket token. */
export interface ContactInboxRow {
  id: number;
  contactId: number;
  inboxId: number;
  sourceId: string;
  pubsubToken: string;
  createdAtMs: number;
}

/** A conversation; `id` is the per-account display id. */
export interface ConversationRow {
  accountId: number;
  id: number;
  inboxId: number;
  contactInboxId: number;
  status: "open" | "resolved" | "pending" | "snoozed";
  assigneeId: number | null;
  teamId: number | null;
  labels: string[];
  priority: "urgent" | "high" | "medium" | "low" | null;
  createdAtMs: number;
  /** Float unix seconds, strictly increasing across the platform. */
  updatedAt: number;
  lastActivityAtMs: number;
  /** `null` until an agent looks. */
  agentLastSeenAtMs: number | null;
  /** `null` until the contact looks. */
  contactLastSeenAtMs: number | null;
  firstReplyCreatedAtMs: number | null;
  waitingSinceMs: number | null;
  customAttributes: Record<string, unknown>;
  /** When a snoozed conversation reopens; `null` when not snoozed or snoozed until the next reply. */
  snoozedUntilMs: number | null;
}

/** A file attached to a message. */
export interface AttachmentRow {
  id: number;
  fileType: "image" | "audio" | "video" | "file" | "location" | "fallback";
  extension: string | null;
  fileSize: number;
  name: string;
}

/** A message; `id` is global and increasing, so `after=`/`before=` page by it. */
export interface MessageRow {
  id: number;
  accountId: number;
  conversationId: number;
  inboxId: number;
  content: string | null;
  /** 0 incoming, 1 outgoing, 2 activity, 3 template. */
  messageType: 0 | 1 | 2 | 3;
  private: boolean;
  contentType: string;
  contentAttributes: Record<string, unknown>;
  senderType: "Contact" | "User" | null;
  senderId: number | null;
  /** The sender's optimistic id; sends are idempotent per conversation and echo id. */
  echoId: string | null;
  status: "sent" | "delivered" | "read" | "failed";
  createdAtMs: number;
  updatedAtMs: number;
  attachments: AttachmentRow[];
}

/** An agent's notification. */
export interface NotificationRow {
  id: number;
  accountId: number;
  userId: number;
  notificationType: string;
  conversationId: number;
  readAtMs: number | null;
  createdAtMs: number;
  /** The message it is about (`secondary_actor`); absent in data saved before it existed. */
  secondaryMessageId?: number | null;
  /** The agent who acted (assignments). */
  secondaryUserId?: number | null;
}

/** Everything the platform knows: serialisable as JSON, restorable with `new FakePlatform({data})`. */
export interface PlatformData {
  version: 1;
  /** Last id handed out, per kind. */
  sequences: Record<string, number>;
  /** Last conversation `updated_at` handed out (keeps it strictly increasing). */
  lastUpdatedAt: number;
  accounts: AccountRow[];
  users: UserRow[];
  inboxes: InboxRow[];
  contacts: ContactRow[];
  contactInboxes: ContactInboxRow[];
  conversations: ConversationRow[];
  messages: MessageRow[];
  notifications: NotificationRow[];
  teams: TeamRow[];
  labels: LabelRow[];
  cannedResponses: CannedResponseRow[];
}

/** Data of a platform that knows nothing yet. */
export function emptyPlatformData(): PlatformData {
  return {
    version: 1,
    sequences: {},
    lastUpdatedAt: 0,
    accounts: [],
    users: [],
    inboxes: [],
    contacts: [],
    contactInboxes: [],
    conversations: [],
    messages: [],
    notifications: [],
    teams: [],
    labels: [],
    cannedResponses: [],
  };
}

/**
 * Saved data brought up to date: files written before teams, labels,
 * canned responses, contact attributes and snooze times existed load with
 * those empty.
 */
export function upgradePlatformData(data: PlatformData): PlatformData {
  const partial = data as Partial<PlatformData>;
  data.teams = partial.teams ?? [];
  data.labels = partial.labels ?? [];
  data.cannedResponses = partial.cannedResponses ?? [];
  for (const contact of data.contacts) {
    contact.customAttributes ??= {};
    contact.additionalAttributes ??= {};
  }
  for (const conversation of data.conversations) conversation.snoozedUntilMs ??= null;
  return data;
}
