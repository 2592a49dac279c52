import type { PlatformContext } from "./context";
import type { ConversationRow, MessageRow } from "./records";

/**
 * Who receives a conversation event, per the platform:
 * - `everyone`: the account's agents and the conversation's contact;
 * - `agents`: the account's agents only;
 * - `message`: agents, plus the contact unless the message is a private note or activity;
 * - `typing`: agents and (unless private) the contact, never the typist.
 */
export type Audience = "everyone" | "agents" | "message" | "typing";

/** Audience of every conversation-scoped event the fake platform sends. */
export const EVENT_AUDIENCE: Readonly<Record<string, Audience>> = {
  "message.created": "message",
  "message.updated": "message",
  "first.reply.created": "agents",
  "conversation.created": "everyone",
  "conversation.updated": "everyone",
  "conversation.status_changed": "everyone",
  "conversation.read": "agents",
  "conversation.contact_changed": "agents",
  "conversation.mentioned": "agents",
  "assignee.changed": "agents",
  "team.changed": "agents",
  "conversation.typing_on": "typing",
  "conversation.typing_off": "typing",
};

/** Facts about one event that narrow its audience. */
export interface RouteFacts {
  /** The message of a `message.*` event. */
  message?: MessageRow;
  /** A typing event's typist. */
  typist?: { kind: "agent"; userId: number } | { kind: "contact" };
  /** A typing event about a private note. */
  isPrivate?: boolean;
}

/**
 * The streams (pubsub tokens) an event about `conversation` goes to. Agents
 * are reached on their own token, as the platform does, so a rotated token's
 * old subscription hears nothing more.
 */
export function streamsFor(
  ctx: PlatformContext,
  event: string,
  conversation: ConversationRow,
  facts: RouteFacts = {},
): string[] {
  const audience = EVENT_AUDIENCE[event] ?? "agents";
  const typist = facts.typist;
  const agents = ctx
    .agentsOf(conversation.accountId)
    .filter((agent) => !(typist?.kind === "agent" && typist.userId === agent.id))
    .map((agent) => agent.pubsubToken);
  if (!reachesContact(audience, facts)) return agents;
  const contactToken = ctx.contactInbox(conversation.contactInboxId).pubsubToken;
  return [...agents, contactToken];
}

function reachesContact(audience: Audience, facts: RouteFacts): boolean {
  switch (audience) {
    case "everyone":
      return true;
    case "agents":
      return false;
    case "message":
      return (
        facts.message !== undefined && !facts.message.private && facts.message.messageType !== 2
      );
    case "typing":
      return facts.isPrivate !== true && facts.typist?.kind !== "contact";
  }
}
