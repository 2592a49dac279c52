import { FIRST_NAMES, LAST_NAMES } from "../factories/names";
import type { SeededRandom } from "../factories/random";
import type { FakePlatform } from "../platform/fake-platform";
import type { ConversationRow, UserRow } from "../platform/records";
import { AGENT_NOTES, AGENT_REPLIES, CONTACT_FOLLOW_UPS, SCRIPTS } from "./seed/scripts";

/** What an action may use: the platform, randomness, delays and presence. */
export interface ActionContext {
  platform: FakePlatform;
  random: SeededRandom;
  /** The dashboard's user: the simulator never acts as them, only towards them. */
  meId: number;
  accountId: number;
  /** Runs `fn` after `ms` (cancelled when the simulator stops). */
  later(ms: number, fn: () => void): void;
  /** Marks a contact present, as its own widget's heartbeat would. */
  contactOnline(contactId: number): void;
}

/** One kind of simulated activity; returns false when it found nothing to act on. */
export type TrafficAction = (context: ActionContext) => boolean;

function conversations(context: ActionContext, filter: (c: ConversationRow) => boolean) {
  return context.platform.runtime.ctx.data.conversations.filter(
    (c) => c.accountId === context.accountId && filter(c),
  );
}

/** Recent conversations are likelier to see activity. */
function pickRecent(context: ActionContext, rows: ConversationRow[]): ConversationRow | undefined {
  const sorted = [...rows].sort((a, b) => b.lastActivityAtMs - a.lastActivityAtMs);
  return sorted[Math.floor(context.random.next() ** 2 * sorted.length)];
}

function colleagues(context: ActionContext): UserRow[] {
  return context.platform.runtime.ctx
    .agentsOf(context.accountId)
    .filter((u) => u.id !== context.meId && u.availability !== "offline");
}

function pickColleague(context: ActionContext): number | undefined {
  const all = colleagues(context);
  return all.length === 0 ? undefined : context.random.pick(all).id;
}

function contactIdOf(context: ActionContext, conversation: ConversationRow): number {
  return context.platform.runtime.ctx.contactInbox(conversation.contactInboxId).contactId;
}

/** A contact types for a moment, then writes in one of its open conversations. */
export const contactWrites: TrafficAction = (context) => {
  const target = pickRecent(
    context,
    conversations(context, (c) => c.status === "open"),
  );
  if (!target) return false;
  const id = target.id;
  context.contactOnline(contactIdOf(context, target));
  context.platform.setTyping(id, { contact: true }, true);
  context.later(context.random.int(1500, 4000), () => {
    context.platform.setTyping(id, { contact: true }, false);
    context.platform.receiveContactMessage(id, context.random.pick(CONTACT_FOLLOW_UPS));
  });
  return true;
};

/** A new visitor opens a conversation (unassigned, so it shows under "Unassigned"). */
export const newConversation: TrafficAction = (context) => {
  const { platform, random } = context;
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const inboxes = platform.runtime.ctx.data.inboxes.filter(
    (i) => i.accountId === context.accountId,
  );
  const contact = platform.createContact({
    accountId: context.accountId,
    inboxId: random.pick(inboxes).id,
    name: `${first} ${last}`,
    email: `${first}.${last}${random.int(100, 999)}@example.com`.toLowerCase(),
  });
  context.contactOnline(contact.id);
  const opener = random.pick(SCRIPTS).lines[0]?.[1] ?? "Hello!";
  platform.createConversation({ contact, messages: [opener] });
  return true;
};

/** A colleague picks up or answers a conversation: typing, then the reply (sometimes a private note). */
export const agentReplies: TrafficAction = (context) => {
  const { platform, random } = context;
  const ids = new Set(colleagues(context).map((u) => u.id));
  const target = pickRecent(
    context,
    conversations(
      context,
      (c) => c.status === "open" && (c.assigneeId === null || ids.has(c.assigneeId)),
    ),
  );
  if (!target) return false;
  const id = target.id;
  const agentId = target.assigneeId ?? pickColleague(context);
  if (agentId === undefined) return false;
  if (target.assigneeId === null) platform.assign(id, agentId, { performerId: agentId });
  const note = random.next() < 0.2;
  platform.setTyping(id, { agentId }, true, { isPrivate: note });
  context.later(random.int(2000, 5000), () => {
    platform.setTyping(id, { agentId }, false, { isPrivate: note });
    const text = random.pick(note ? AGENT_NOTES : AGENT_REPLIES);
    platform.agentReply(id, text, { agentId, private: note });
    platform.markSeenByAgent(id);
  });
  return true;
};

/** A colleague resolves, reopens, or sets pending a conversation. */
export const statusChanges: TrafficAction = (context) => {
  const { platform, random } = context;
  const performer = pickColleague(context);
  if (performer === undefined) return false;
  if (random.next() < 0.25) {
    const resolved = pickRecent(
      context,
      conversations(context, (c) => c.status === "resolved"),
    );
    if (!resolved) return false;
    platform.changeStatus(resolved.id, "open", { performerId: performer });
    return true;
  }
  const answered = pickRecent(
    context,
    conversations(context, (c) => c.status === "open" && c.firstReplyCreatedAtMs !== null),
  );
  if (!answered) return false;
  const status = random.next() < 0.8 ? "resolved" : "pending";
  platform.changeStatus(answered.id, status, { performerId: performer });
  return true;
};

/** An unassigned conversation gets an assignee (the dashboard's user gets a notification). */
export const assignmentChanges: TrafficAction = (context) => {
  const { platform, random } = context;
  const target = pickRecent(
    context,
    conversations(context, (c) => c.status === "open" && c.assigneeId === null),
  );
  const performer = pickColleague(context);
  if (!target || performer === undefined) return false;
  const assignee = random.next() < 0.5 ? context.meId : performer;
  platform.assign(target.id, assignee, { performerId: performer });
  return true;
};

/** A colleague mentions the dashboard's user in a private note. */
export const mentionsMe: TrafficAction = (context) => {
  const { platform } = context;
  const target = pickRecent(
    context,
    conversations(context, (c) => c.status === "open"),
  );
  if (!target) return false;
  const author = pickColleague(context);
  if (author === undefined) return false;
  const me = platform.runtime.ctx.user(context.meId);
  const firstName = me.name.split(" ")[0] ?? me.name;
  const note = platform.agentReply(target.id, `@${firstName} could you take a look at this one?`, {
    agentId: author,
    private: true,
  });
  platform.notify(context.meId, target.id, "conversation_mention", {
    secondary: { messageId: note.id },
  });
  return true;
};

/** A contact reads the agents' replies (`conversation.read`, messages become `read`). */
export const contactReads: TrafficAction = (context) => {
  const target = pickRecent(
    context,
    conversations(context, (c) => c.status === "open" && c.firstReplyCreatedAtMs !== null),
  );
  if (!target) return false;
  context.contactOnline(contactIdOf(context, target));
  context.platform.markSeenByContact(target.id);
  return true;
};

/** Actions with their weights. */
export const TRAFFIC_ACTIONS: readonly (readonly [TrafficAction, number])[] = [
  [contactWrites, 30],
  [agentReplies, 25],
  [newConversation, 12],
  [statusChanges, 10],
  [assignmentChanges, 10],
  [mentionsMe, 6],
  [contactReads, 7],
];
