import { describe, expect, it } from "vitest";
import { eventDataSchemas, type UniLinkEventName } from "../src/schema/events";
import { type Check, eventDataValidators } from "../src/schema/validate";
import {
  assertAgreement,
  bool,
  compare,
  contactFields,
  conversation,
  conversationData,
  counts,
  envelope,
  type Gen,
  id,
  messageData,
  messageFields,
  notification,
  object,
  participant,
  type Reference,
  record,
  statusMap,
} from "./fixtures/validation-arbitraries";

/**
 * The socket path validates with hand-written validators (`src/schema/validate`);
 * the zod schemas are their reference. For generated valid payloads and for
 * mutated ones, both must accept the same payloads, return equal values,
 * report the same issues, and leave the input untouched.
 */

const payloads: Record<UniLinkEventName, Gen> = {
  "message.created": messageData,
  "message.updated": object(messageFields.required, {
    ...messageFields.optional,
    ...envelope,
    previous_changes: record,
  }),
  "first.reply.created": messageData,
  "conversation.created": conversationData,
  "conversation.updated": conversationData,
  "conversation.status_changed": conversationData,
  "conversation.read": conversationData,
  "conversation.contact_changed": conversationData,
  "conversation.mentioned": conversationData,
  "assignee.changed": conversationData,
  "team.changed": conversationData,
  "conversation.typing_on": object(
    { conversation, user: participant },
    { ...envelope, is_private: bool },
  ),
  "conversation.typing_off": object(
    { conversation, user: participant },
    { ...envelope, is_private: bool },
  ),
  "contact.created": object({ id }, { ...contactFields, ...envelope }),
  "contact.updated": object({ id }, { ...contactFields, ...envelope }),
  "contact.merged": object({ id }, { ...contactFields, ...envelope }),
  "contact.deleted": object({ id }, { ...contactFields, ...envelope }),
  "notification.created": object({ notification }, counts),
  "notification.updated": object({ notification }, counts),
  "notification.deleted": object({ notification: object({ id }) }, counts),
  "account.cache_invalidated": object({}, { ...envelope, cache_keys: record }),
  "presence.update": object({}, { ...envelope, users: statusMap, contacts: statusMap }),
};

const reference = (name: UniLinkEventName) => eventDataSchemas[name] as Reference;
const validator = (name: UniLinkEventName) => eventDataValidators[name] as Check<unknown>;

const names = Object.keys(eventDataSchemas) as UniLinkEventName[];
/** One event name per schema: names sharing a schema share a validator too (checked below). */
const distinct = names.filter(
  (name, index) =>
    names.findIndex((other) => eventDataSchemas[other] === eventDataSchemas[name]) === index,
);

describe("socket-path validators match the zod schemas", () => {
  it("events that share a zod schema share a validator, and every event has one", () => {
    expect(Object.keys(eventDataValidators).sort()).toEqual([...names].sort());
    for (const name of names) {
      const twin = distinct.find((other) => eventDataSchemas[other] === eventDataSchemas[name]);
      expect(eventDataValidators[name]).toBe(eventDataValidators[twin as UniLinkEventName]);
    }
  });

  it.each(distinct)(
    "%s: same verdict, value and issues for valid and mutated payloads",
    (name) => {
      const refused = assertAgreement(reference(name), validator(name), payloads[name]);
      // The mutations must actually break payloads, or the test proves nothing about refusals.
      expect(refused).toBeGreaterThan(5);
    },
    60_000,
  );

  it.each([null, undefined, 0, "x", true, [], [{}]])(
    "a payload that is not an object (%s) is refused by both",
    (data) => {
      for (const name of names) expect(compare(reference(name), validator(name), data)).toBe(false);
    },
  );
});
