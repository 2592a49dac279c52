import { changeStatus } from "./conversation-ops";
import { PlatformError } from "./errors";
import { emitConversation } from "./message-ops";
import { notify } from "./notification-ops";
import { contactPayload } from "./present";
import type { CannedResponseRow, ContactRow, ConversationRow, LabelRow, TeamRow } from "./records";
import type { PlatformRuntime } from "./runtime";

/** Arguments of `createTeam`. */
export interface TeamInit {
  name: string;
  description?: string;
  /** Assigning the team picks one of its members when nobody is assigned. Default false. */
  allowAutoAssign?: boolean;
  memberIds?: number[];
}

/** Arguments of `createLabel`. */
export interface LabelInit {
  title: string;
  /** Default `#1f93ff`. */
  color?: string;
  description?: string;
}

/** The contact fields an agent may edit. */
export interface ContactEdit {
  name?: string;
  email?: string | null;
  phoneNumber?: string | null;
  customAttributes?: Record<string, unknown>;
  additionalAttributes?: Record<string, unknown>;
}

const PRIORITIES: readonly string[] = ["urgent", "high", "medium", "low"];
const E164 = /^\+[1-9]\d{1,14}$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function createTeam(runtime: PlatformRuntime, accountId: number, init: TeamInit): TeamRow {
  const { ctx } = runtime;
  ctx.account(accountId);
  for (const id of init.memberIds ?? []) {
    if (!ctx.user(id).accountIds.includes(accountId)) {
      throw new PlatformError(422, `user ${id} is not in account ${accountId}`);
    }
  }
  const team: TeamRow = {
    id: ctx.nextId("team"),
    accountId,
    name: init.name,
    description: init.description ?? "",
    allowAutoAssign: init.allowAutoAssign ?? false,
    memberIds: [...(init.memberIds ?? [])],
  };
  ctx.data.teams.push(team);
  return team;
}

export function createLabel(
  runtime: PlatformRuntime,
  accountId: number,
  init: LabelInit,
): LabelRow {
  const { ctx } = runtime;
  ctx.account(accountId);
  // The platform stores titles lower-case and unique per account.
  const title = init.title.trim().toLowerCase();
  if (ctx.data.labels.some((l) => l.accountId === accountId && l.title === title)) {
    throw new PlatformError(422, "Title has already been taken");
  }
  const label: LabelRow = {
    id: ctx.nextId("label"),
    accountId,
    title,
    description: init.description ?? "",
    color: init.color ?? "#1f93ff",
    showOnSidebar: true,
  };
  ctx.data.labels.push(label);
  return label;
}

export function createCannedResponse(
  runtime: PlatformRuntime,
  accountId: number,
  init: { shortCode: string; content: string },
): CannedResponseRow {
  const { ctx } = runtime;
  ctx.account(accountId);
  const row: CannedResponseRow = {
    id: ctx.nextId("cannedResponse"),
    accountId,
    shortCode: init.shortCode,
    content: init.content,
  };
  ctx.data.cannedResponses.push(row);
  return row;
}

/**
 * Team assignment, like the platform: an unknown team id removes the team;
 * an assignee outside the new team is unassigned; an auto-assigning team
 * picks its first member when nobody is assigned. Sends `team.changed`,
 * `assignee.changed` when the assignee moved, then one `conversation.updated`.
 */
export function assignTeam(
  runtime: PlatformRuntime,
  conversation: ConversationRow,
  teamId: number | null,
  performerId?: number,
): TeamRow | null {
  const { ctx } = runtime;
  const team =
    ctx.data.teams.find((t) => t.id === teamId && t.accountId === conversation.accountId) ?? null;
  if ((team?.id ?? null) === conversation.teamId) return team;
  const previousAssignee = conversation.assigneeId;
  conversation.teamId = team?.id ?? null;
  if (
    team &&
    conversation.assigneeId !== null &&
    !team.memberIds.includes(conversation.assigneeId)
  ) {
    conversation.assigneeId = null;
  }
  if (team?.allowAutoAssign && conversation.assigneeId === null) {
    conversation.assigneeId = team.memberIds[0] ?? null;
  }
  conversation.updatedAt = ctx.stamp();
  emitConversation(runtime, "team.changed", conversation, performerId);
  if (conversation.assigneeId !== previousAssignee) {
    emitConversation(runtime, "assignee.changed", conversation, performerId);
  }
  emitConversation(runtime, "conversation.updated", conversation, performerId);
  const assigneeId = conversation.assigneeId;
  if (assigneeId !== null && assigneeId !== previousAssignee && assigneeId !== performerId) {
    notify(runtime, assigneeId, conversation, "conversation_assignment", { userId: performerId });
  }
  return team;
}

/**
 * Replaces a conversation's labels with those of `titles` the account has
 * (others are dropped, as the platform does); `conversation.updated` when
 * the set changed. Returns the labels it carries now.
 */
export function setLabels(
  runtime: PlatformRuntime,
  conversation: ConversationRow,
  titles: readonly string[],
  performerId?: number,
): string[] {
  const known = new Set(
    runtime.ctx.data.labels
      .filter((l) => l.accountId === conversation.accountId)
      .map((l) => l.title),
  );
  const next = [...new Set(titles.map((t) => t.trim().toLowerCase()))].filter((t) => known.has(t));
  const same =
    next.length === conversation.labels.length &&
    next.every((t) => conversation.labels.includes(t));
  if (same) return [...conversation.labels];
  conversation.labels = next;
  conversation.updatedAt = runtime.ctx.stamp();
  emitConversation(runtime, "conversation.updated", conversation, performerId);
  return [...next];
}

/** Sets or (with `null`) clears the priority; `conversation.updated` when it changed. */
export function setPriority(
  runtime: PlatformRuntime,
  conversation: ConversationRow,
  priority: string | null,
  performerId?: number,
): void {
  if (priority !== null && !PRIORITIES.includes(priority)) {
    throw new PlatformError(422, `'${priority}' is not a valid priority`);
  }
  if (conversation.priority === priority) return;
  conversation.priority = priority as ConversationRow["priority"];
  conversation.updatedAt = runtime.ctx.stamp();
  emitConversation(runtime, "conversation.updated", conversation, performerId);
}

/**
 * Snoozes until `untilMs` (`null`: until the contact's next message).
 * A status change sends `conversation.status_changed` and
 * `conversation.updated`; a new time on a snoozed conversation only the latter.
 */
export function snooze(
  runtime: PlatformRuntime,
  conversation: ConversationRow,
  untilMs: number | null,
  performerId?: number,
): void {
  if (conversation.status !== "snoozed") {
    changeStatus(runtime, conversation, "snoozed", performerId, untilMs);
    return;
  }
  if (conversation.snoozedUntilMs === untilMs) return;
  conversation.snoozedUntilMs = untilMs;
  conversation.updatedAt = runtime.ctx.stamp();
  emitConversation(runtime, "conversation.updated", conversation, performerId);
}

/** The platform's periodic job: snoozed conversations whose time came are opened again. */
export function reopenDueSnoozed(runtime: PlatformRuntime): number {
  const now = runtime.ctx.now();
  const due = runtime.ctx.data.conversations.filter(
    (c) => c.status === "snoozed" && c.snoozedUntilMs !== null && c.snoozedUntilMs <= now,
  );
  for (const conversation of due) changeStatus(runtime, conversation, "open");
  return due.length;
}

function checkContactEdit(runtime: PlatformRuntime, contact: ContactRow, edit: ContactEdit): void {
  if (edit.name !== undefined && edit.name.trim() === "") {
    throw new PlatformError(422, "Name can't be blank");
  }
  if (edit.email != null && edit.email !== "") {
    if (!EMAIL.test(edit.email)) throw new PlatformError(422, "Email is invalid");
    const taken = runtime.ctx.data.contacts.some(
      (c) =>
        c.id !== contact.id &&
        c.accountId === contact.accountId &&
        c.email?.toLowerCase() === edit.email?.toLowerCase(),
    );
    if (taken) throw new PlatformError(422, "Email has already been taken");
  }
  if (edit.phoneNumber != null && edit.phoneNumber !== "" && !E164.test(edit.phoneNumber)) {
    throw new PlatformError(422, "Phone number should be in e164 format");
  }
}

/**
 * An agent edits a contact: attributes are merged, blank email and phone
 * clear them. `contact.updated` goes to the account's agents (the account
 * stream) when something changed; the contact itself hears nothing.
 */
export function updateContact(
  runtime: PlatformRuntime,
  contact: ContactRow,
  edit: ContactEdit,
): ContactRow {
  checkContactEdit(runtime, contact, edit);
  const before = JSON.stringify(contactPayload(contact));
  if (edit.name !== undefined) contact.name = edit.name.trim();
  if (edit.email !== undefined) contact.email = edit.email ? edit.email.toLowerCase() : null;
  if (edit.phoneNumber !== undefined) contact.phoneNumber = edit.phoneNumber || null;
  if (edit.customAttributes) {
    contact.customAttributes = { ...contact.customAttributes, ...edit.customAttributes };
  }
  if (edit.additionalAttributes) {
    contact.additionalAttributes = {
      ...contact.additionalAttributes,
      ...edit.additionalAttributes,
    };
  }
  const payload = contactPayload(contact);
  if (JSON.stringify(payload) !== before) {
    runtime.bus.send("contact.updated", [`account_${contact.accountId}`], {
      ...payload,
      account_id: contact.accountId,
    });
  }
  return contact;
}
