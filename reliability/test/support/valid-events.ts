import { createFactories, events } from "@unilink/testing";
import fc from "fast-check";

/** The account every fuzzed client subscribes to. */
export const ACCOUNT_ID = 1;

const BASE_TIME = 1_717_243_200;

/** Every event a UniLink server sends (the public guide), by the factory that builds it. */
export const VALID_KINDS = [
  "message.created",
  "message.updated",
  "first.reply.created",
  "conversation.created",
  "conversation.updated",
  "conversation.status_changed",
  "conversation.read",
  "conversation.contact_changed",
  "conversation.mentioned",
  "assignee.changed",
  "team.changed",
  "conversation.typing_on",
  "conversation.typing_off",
  "contact.created",
  "contact.updated",
  "contact.merged",
  "contact.deleted",
  "notification.created",
  "notification.updated",
  "notification.deleted",
  "account.cache_invalidated",
  "presence.update",
] as const;

/** A known event name. */
export type ValidKind = (typeof VALID_KINDS)[number];

/** Spellings of the guide that servers never send but clients accept as the dotted names. */
export const EVENT_NAME_ALIASES = [
  "notification_created",
  "conversation_typing_on",
  "conversation_typing_off",
] as const;

/** What to build: small id ranges, so that doubles, updates and reorders collide. */
export interface EventSpec {
  kind: ValidKind;
  seed: number;
  conversationId: number;
  messageId: number;
  contactId: number;
  userId: number;
  notificationId: number;
  minute: number;
  isPrivate: boolean;
  counts: { unreadCount: number; count: number };
  online: number[];
}

/** Specs of valid events over a few conversations, messages and people. */
export const eventSpecArbitrary: fc.Arbitrary<EventSpec> = fc.record({
  kind: fc.constantFrom(...VALID_KINDS),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  conversationId: fc.integer({ min: 1, max: 4 }),
  messageId: fc.integer({ min: 1, max: 25 }),
  contactId: fc.integer({ min: 1, max: 4 }),
  userId: fc.integer({ min: 1, max: 6 }),
  notificationId: fc.integer({ min: 1, max: 8 }),
  minute: fc.integer({ min: 0, max: 40 }),
  isPrivate: fc.boolean(),
  counts: fc.record({ unreadCount: fc.nat(50), count: fc.nat(50) }),
  online: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 6 }),
});

/** A broadcast message as JSON: mutations may change any field of `data`. */
export interface EventMessage {
  event: string;
  data: Record<string, unknown>;
}

/** Builds the `{event, data}` a platform server would broadcast for `spec`, with the test kit's factories. */
export function buildValidEvent(spec: EventSpec): EventMessage {
  return buildTyped(spec) as EventMessage;
}

function buildTyped(spec: EventSpec): { event: string; data: object } {
  const f = createFactories(spec.seed, {
    accountId: ACCOUNT_ID,
    startTime: BASE_TIME + spec.minute * 60,
  });
  const contact = f.contact({ id: spec.contactId });
  const conversation = f.conversation({ id: spec.conversationId, meta: { sender: contact } });
  const user = f.user({ id: spec.userId });
  const message = () =>
    f.message(
      { id: spec.messageId, created_at: BASE_TIME + spec.minute * 60 },
      { conversation, sender: spec.isPrivate ? user : contact },
    );
  const notification = () => f.notification({ id: spec.notificationId }, { conversation, user });
  const presence = Object.fromEntries(spec.online.map((id) => [String(id), "online"]));
  switch (spec.kind) {
    case "message.created":
      return events.messageCreated(message());
    case "message.updated":
      return events.messageUpdated({ ...message(), status: "read" }, { status: ["sent", "read"] });
    case "first.reply.created":
      return events.firstReplyCreated({ ...message(), message_type: 1 });
    case "conversation.created":
      return events.conversationCreated(conversation);
    case "conversation.updated":
      return events.conversationUpdated({ ...conversation, status: "resolved" });
    case "conversation.status_changed":
      return events.conversationStatusChanged({ ...conversation, status: "pending" });
    case "conversation.read":
      return events.conversationRead(conversation);
    case "conversation.contact_changed":
      return events.conversationContactChanged(conversation);
    case "conversation.mentioned":
      return events.conversationMentioned(conversation);
    case "assignee.changed":
      return events.assigneeChanged(conversation);
    case "team.changed":
      return events.teamChanged(conversation);
    case "conversation.typing_on":
      return events.typingOn(conversation, user, spec.isPrivate);
    case "conversation.typing_off":
      return events.typingOff(conversation, user, spec.isPrivate);
    case "contact.created":
      return events.contactCreated(contact, ACCOUNT_ID);
    case "contact.updated":
      return events.contactUpdated(contact, ACCOUNT_ID);
    case "contact.merged":
      return events.contactMerged(contact, ACCOUNT_ID);
    case "contact.deleted":
      return events.contactDeleted(contact, ACCOUNT_ID);
    case "notification.created":
      return events.notificationCreated(notification(), spec.counts);
    case "notification.updated":
      return events.notificationUpdated({ ...notification(), read_at: BASE_TIME }, spec.counts);
    case "notification.deleted":
      return events.notificationDeleted(spec.notificationId, ACCOUNT_ID, spec.counts);
    case "account.cache_invalidated":
      return events.accountCacheInvalidated(ACCOUNT_ID);
    case "presence.update":
      return events.presenceUpdate(ACCOUNT_ID, presence, spec.isPrivate ? {} : undefined);
  }
}
