import { describe, expect, it } from "vitest";
import type { UniLinkEvent } from "../src/schema/events";
import { event, storeWithCounter } from "./fixtures/events";
import {
  ACCOUNT_ID,
  rawContact,
  rawConversation,
  rawMessage,
  rawNotification,
  rawTyping,
  rawUser,
} from "./fixtures/payloads";

/** One event of every kind the store reacts to. */
function everyKindOfEvent(): UniLinkEvent[] {
  return [
    event("conversation.created", rawConversation({ id: 1 })),
    event(
      "conversation.updated",
      rawConversation({ id: 1, status: "pending", updated_at: 1_700_000_010 }),
    ),
    event("message.created", rawMessage({ id: 1, conversation_id: 1, message_type: 0 })),
    event(
      "message.updated",
      rawMessage({ id: 1, conversation_id: 1, updatedAt: 1_700_000_050, status: "read" }),
    ),
    event("first.reply.created", rawMessage({ id: 2, conversation_id: 1 })),
    event("conversation.typing_on", rawTyping(1, rawUser(7), { is_private: true })),
    event("conversation.typing_on", rawTyping(1, rawContact(9))),
    event("conversation.typing_off", rawTyping(1, rawContact(9))),
    event("contact.updated", rawContact(101, { name: "Renamed" })),
    event("notification.created", { notification: rawNotification(1), unread_count: 1, count: 1 }),
    event("presence.update", { users: { "7": "online" }, contacts: { "9": "online" } }),
    event("account.cache_invalidated", { cache_keys: { label: 1 } }),
    event("some.future_event", { x: 1 }),
  ];
}

describe("batches", () => {
  it("a batch notifies subscribers exactly once", () => {
    const { controller, counter, state } = storeWithCounter();
    controller.dispatch(everyKindOfEvent());
    expect(counter.notifications).toBe(1);
    expect(state().conversations[1]?.status).toBe("pending");
  });

  it("a batch that changes nothing does not notify and keeps the same state object", () => {
    const { controller, counter, state } = storeWithCounter();
    controller.dispatch([
      event("account.cache_invalidated", { cache_keys: { label: 1 } }),
      event("some.future_event", { x: 1 }),
    ]);
    controller.dispatch([]);
    expect(counter.notifications).toBe(0);
    expect(state().conversations).toEqual({});
  });

  it("delivering any event twice in a row changes nothing the second time", () => {
    const { controller, counter, state } = storeWithCounter();
    for (const single of everyKindOfEvent()) {
      controller.dispatch([single]);
      const before = state();
      const notifications = counter.notifications;
      controller.dispatch([single]);
      expect(state(), single.event).toBe(before);
      expect(counter.notifications).toBe(notifications);
    }
  });

  it("a batch of doubles ends where the batch without doubles ends", () => {
    const once = storeWithCounter();
    const twice = storeWithCounter();
    once.controller.dispatch(everyKindOfEvent());
    twice.controller.dispatch(everyKindOfEvent().flatMap((single) => [single, single]));
    expect(twice.state()).toEqual(once.state());
  });

  it("drops events of another account when accountId is set", () => {
    const { controller, counter, state } = storeWithCounter();
    controller.dispatch([
      event("conversation.created", rawConversation({ id: 1, account_id: ACCOUNT_ID + 1 })),
      event("presence.update", { account_id: ACCOUNT_ID + 1, users: { "7": "online" } }),
    ]);
    expect(state().conversations).toEqual({});
    expect(counter.notifications).toBe(0);
  });

  it("keeps events of any account for a contact store (no accountId)", () => {
    const { controller, state } = storeWithCounter({ accountId: undefined });
    controller.dispatch([
      event("conversation.created", rawConversation({ id: 1, account_id: 42 })),
    ]);
    expect(state().conversations[1]).toBeDefined();
  });

  it("setStatus stores the status and notifies only on change", () => {
    const { controller, counter, state } = storeWithCounter();
    controller.setStatus("connecting");
    controller.setStatus("connecting");
    expect(state().status).toBe("connecting");
    expect(counter.notifications).toBe(1);
  });
});

describe("structural sharing", () => {
  it("untouched conversations and message lists keep their identity", () => {
    const { controller, state } = storeWithCounter();
    controller.dispatch([
      event("conversation.created", rawConversation({ id: 1 })),
      event("conversation.created", rawConversation({ id: 2 })),
      event("message.created", rawMessage({ id: 1, conversation_id: 1 })),
      event("message.created", rawMessage({ id: 2, conversation_id: 2 })),
    ]);
    const before = state();
    controller.dispatch([
      event("message.created", rawMessage({ id: 3, conversation_id: 1 })),
      event(
        "conversation.updated",
        rawConversation({ id: 1, status: "resolved", updated_at: 1_800_000_000 }),
      ),
    ]);
    const after = state();
    expect(after.conversations[2]).toBe(before.conversations[2]);
    expect(after.messages[2]).toBe(before.messages[2]);
    expect(after.contacts).toBe(before.contacts);
    expect(after.notifications).toBe(before.notifications);
    expect(after.presence).toBe(before.presence);
    expect(after.conversations[1]).not.toBe(before.conversations[1]);
    expect(after.messages[1]?.byId["1"]).toBe(before.messages[1]?.byId["1"]);
  });

  it("a message update touches only its own message object", () => {
    const { controller, state } = storeWithCounter();
    controller.dispatch([
      event("message.created", rawMessage({ id: 1, conversation_id: 1 })),
      event("message.created", rawMessage({ id: 2, conversation_id: 1 })),
    ]);
    const before = state().messages[1];
    controller.dispatch([
      event(
        "message.updated",
        rawMessage({ id: 2, conversation_id: 1, updatedAt: 1_800_000_000, status: "read" }),
      ),
    ]);
    const after = state().messages[1];
    expect(after?.byId["1"]).toBe(before?.byId["1"]);
    expect(after?.byId["2"]).not.toBe(before?.byId["2"]);
    expect(after?.ids).toBe(before?.ids);
  });
});
