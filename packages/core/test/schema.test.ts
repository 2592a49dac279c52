import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { isUniLinkError } from "../src/errors";
import { isUniLinkEvent, type UniLinkEvent, type UniLinkEventListener } from "../src/schema/events";
import { parseEvent } from "../src/schema/parse-event";
import {
  ACCOUNT_ID,
  isoAt,
  rawContact,
  rawConversation,
  rawMessage,
  rawNotification,
  rawTyping,
  rawUser,
} from "./fixtures/payloads";

function parsed(message: unknown): UniLinkEvent {
  const result = parseEvent(message);
  if (!result.ok) throw new Error(result.error.message);
  return result.event;
}

describe("parseEvent: events actually sent", () => {
  const cases: [string, unknown][] = [
    ["message.created", rawMessage({ id: 1, conversation_id: 2 })],
    [
      "message.updated",
      { ...rawMessage({ id: 1, conversation_id: 2 }), previous_changes: { content: ["a", "b"] } },
    ],
    ["message.updated", rawMessage({ id: 1, conversation_id: 2 })],
    ["first.reply.created", rawMessage({ id: 1, conversation_id: 2 })],
    ["conversation.created", rawConversation({ id: 2 })],
    ["conversation.updated", rawConversation({ id: 2 })],
    ["conversation.status_changed", rawConversation({ id: 2 })],
    ["conversation.read", rawConversation({ id: 2 })],
    ["conversation.contact_changed", rawConversation({ id: 2 })],
    ["conversation.mentioned", rawConversation({ id: 2 })],
    ["assignee.changed", rawConversation({ id: 2 })],
    ["team.changed", rawConversation({ id: 2 })],
    ["conversation.typing_on", rawTyping(2, rawUser(7), { is_private: true })],
    ["conversation.typing_off", rawTyping(2, rawContact(9))],
    ["contact.created", rawContact(9)],
    ["contact.updated", rawContact(9)],
    ["contact.merged", rawContact(9)],
    ["contact.deleted", { id: 9, account_id: ACCOUNT_ID }],
    ["notification.created", { notification: rawNotification(3), unread_count: 1, count: 4 }],
    ["notification.updated", { notification: rawNotification(3), unread_count: 0, count: 4 }],
    ["notification.deleted", { notification: { id: 3 }, unread_count: 0, count: 3 }],
    ["account.cache_invalidated", { cache_keys: { label: 1, inbox: 2, team: 3 } }],
    ["presence.update", { account_id: 1, users: { "7": "online" }, contacts: { "9": "online" } }],
  ];

  it.each(cases)("accepts %s", (name, data) => {
    const event = parsed({ event: name, data });
    expect(event.event).toBe(name);
    expect(event.unknown).toBeUndefined();
  });
});

describe("parseEvent: tolerance", () => {
  it("keeps unknown fields, at the top and nested", () => {
    const data = rawConversation({ id: 2, brand_new_field: { x: 1 } });
    (data.meta as Record<string, unknown>).future_meta = "kept";
    const event = parsed({ event: "conversation.updated", data });
    if (!isUniLinkEvent(event, "conversation.updated")) throw new Error("wrong event");
    expect(event.data.brand_new_field).toEqual({ x: 1 });
    expect(event.data.meta?.future_meta).toBe("kept");
  });

  it("accepts a conversation with only an id (older servers omit the rest)", () => {
    const event = parsed({ event: "conversation.updated", data: { id: 5 } });
    expect(event.data).toEqual({ id: 5 });
  });

  it("accepts null where fields are optional", () => {
    const data = { ...rawMessage({ id: 1, conversation_id: 2 }), sender: null, attachments: null };
    expect(parseEvent({ event: "message.created", data }).ok).toBe(true);
  });

  it("coerces numeric string ids to numbers", () => {
    const data = { ...rawMessage({ id: 1, conversation_id: 2 }), id: "41", conversation_id: "2" };
    const event = parsed({ event: "message.created", data });
    if (!isUniLinkEvent(event, "message.created")) throw new Error("wrong event");
    expect(event.data.id).toBe(41);
    expect(event.data.conversation_id).toBe(2);
  });

  it("normalizes every timestamp format to unix seconds", () => {
    const message = parsed({
      event: "message.created",
      data: { ...rawMessage({ id: 1, conversation_id: 2 }), created_at: "1700000000" },
    });
    if (!isUniLinkEvent(message, "message.created")) throw new Error("wrong event");
    expect(message.data.created_at).toBe(1_700_000_000);
    expect(rawMessage({ id: 1, conversation_id: 2, updatedAt: 1_700_000_123.25 }).updated_at).toBe(
      isoAt(1_700_000_123.25),
    );
    const updated = parsed({
      event: "message.updated",
      data: rawMessage({ id: 1, conversation_id: 2, updatedAt: 1_700_000_123.25 }),
    });
    if (!isUniLinkEvent(updated, "message.updated")) throw new Error("wrong event");
    expect(updated.data.updated_at).toBe(1_700_000_123.25);
    const conversation = parsed({
      event: "conversation.updated",
      data: rawConversation({ id: 2, updated_at: 1_700_000_000.123456 }),
    });
    if (!isUniLinkEvent(conversation, "conversation.updated")) throw new Error("wrong event");
    expect(conversation.data.updated_at).toBe(1_700_000_000.123456);
  });

  it("accepts message_type by name", () => {
    const data = { ...rawMessage({ id: 1, conversation_id: 2 }), message_type: "incoming" };
    expect(parsed({ event: "message.created", data }).data).toMatchObject({ message_type: 0 });
  });

  it("defaults a missing is_private to false", () => {
    const event = parsed({ event: "conversation.typing_off", data: rawTyping(2, rawUser(7)) });
    expect(event.data).toMatchObject({ is_private: false });
  });

  it.each([
    ["notification_created", "notification.created", { notification: rawNotification(1) }],
    ["conversation_typing_on", "conversation.typing_on", rawTyping(2, rawUser(7))],
    ["conversation_typing_off", "conversation.typing_off", rawTyping(2, rawUser(7))],
  ])("normalizes the guide's alias %s to %s", (alias, name, data) => {
    expect(parsed({ event: alias, data }).event).toBe(name);
  });
});

describe("parseEvent: refusals", () => {
  it("passes unknown event names through as unknown events", () => {
    const event = parsed({ event: "captain.thinking", data: { anything: [1] } });
    expect(event).toEqual({ event: "captain.thinking", data: { anything: [1] }, unknown: true });
  });

  it("does not mistake Object.prototype keys for known events", () => {
    expect(parsed({ event: "constructor", data: {} }).unknown).toBe(true);
    expect(parsed({ event: "__proto__", data: {} }).unknown).toBe(true);
  });

  it.each([
    ["a string", "message.created"],
    ["null", null],
    ["no event", { data: {} }],
    ["a numeric event", { event: 5, data: {} }],
    ["no data", { event: "message.created" }],
  ])("reports %s as a protocol error", (_label, message) => {
    const result = parseEvent(message);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("protocol");
  });

  it("reports a known event with bad data as a validation error with zod paths", () => {
    const data = { ...rawMessage({ id: 1, conversation_id: 2 }), id: "not-a-number" };
    const result = parseEvent({ event: "message.created", data });
    if (result.ok) throw new Error("expected a refusal");
    expect(isUniLinkError(result.error)).toBe(true);
    expect(result.error.code).toBe("validation");
    expect(result.error.details.event).toBe("message.created");
    expect(result.error.details.issues?.map((issue) => issue.path)).toContainEqual(["data", "id"]);
  });

  it("refuses an unreadable timestamp", () => {
    const data = { ...rawMessage({ id: 1, conversation_id: 2 }), created_at: "yesterday-ish" };
    const result = parseEvent({ event: "message.created", data });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.error.details.issues?.[0]?.path).toEqual(["data", "created_at"]);
  });

  it("validates aliases under their dotted name", () => {
    const result = parseEvent({ event: "notification_created", data: { notification: {} } });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.error.details.event).toBe("notification.created");
  });

  it("never throws, whatever it is given", () => {
    const names = fc.constantFrom(
      "message.created",
      "conversation.updated",
      "presence.update",
      "x",
    );
    fc.assert(
      fc.property(fc.anything(), names, fc.anything(), (junk, name, data) => {
        expect(() => parseEvent(junk)).not.toThrow();
        expect(() => parseEvent({ event: name, data })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe("event types", () => {
  it("narrow by name, and listeners get the typed data", () => {
    const event = parsed({ event: "conversation.typing_on", data: rawTyping(2, rawUser(7)) });
    if (!event.unknown && event.event === "conversation.typing_on") {
      expectTypeOf(event.data.is_private).toEqualTypeOf<boolean>();
      expect(event.data.user.id).toBe(7);
    } else {
      expect.fail("expected a typing event");
    }
    const seen: number[] = [];
    const listener: UniLinkEventListener<"message.created"> = (data, whole) => {
      expectTypeOf(data.conversation_id).toEqualTypeOf<number>();
      expectTypeOf(whole.event).toEqualTypeOf<"message.created">();
      seen.push(data.id);
    };
    const any: UniLinkEventListener<"*"> = (whole) => {
      expectTypeOf(whole).toEqualTypeOf<UniLinkEvent>();
    };
    const message = parsed({
      event: "message.created",
      data: rawMessage({ id: 3, conversation_id: 2 }),
    });
    if (isUniLinkEvent(message, "message.created")) listener(message.data, message);
    any(message);
    expect(seen).toEqual([3]);
  });
});
