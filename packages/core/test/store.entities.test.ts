import { describe, expect, it } from "vitest";
import { selectNotifications } from "../src/selectors/notifications";
import { selectPresence } from "../src/selectors/simple";
import { event, storeWithCounter } from "./fixtures/events";
import {
  ACCOUNT_ID,
  rawContact,
  rawConversation,
  rawMessage,
  rawNotification,
} from "./fixtures/payloads";

describe("presence.update", () => {
  it("is a full snapshot: users missing from it are offline", () => {
    const { state, apply } = storeWithCounter();
    apply(
      event("presence.update", { account_id: ACCOUNT_ID, users: { "7": "online", "8": "busy" } }),
    );
    apply(event("presence.update", { account_id: ACCOUNT_ID, users: { "8": "online" } }));
    expect(selectPresence(state(), { userId: 7 })).toBe("offline");
    expect(selectPresence(state(), { userId: 8 })).toBe("online");
    expect(state().presence.users).toEqual({ 8: "online" });
  });

  it("keys presence by number and touches contacts only when the snapshot has them", () => {
    const { state, apply } = storeWithCounter();
    apply(event("presence.update", { users: {}, contacts: { "9": "online" } }));
    apply(event("presence.update", { users: { "7": "online" } }));
    expect(selectPresence(state(), { contactId: 9 })).toBe("online");
    apply(event("presence.update", { users: {}, contacts: {} }));
    expect(selectPresence(state(), { contactId: 9 })).toBe("offline");
    expect(Object.keys(state().presence.users).every((key) => /^\d+$/.test(key))).toBe(true);
  });
});

describe("contact events", () => {
  it("contact.updated updates the entity and every conversation showing it", () => {
    const { state, apply } = storeWithCounter();
    const withContact = (id: number, contactId: number) =>
      rawConversation({ id, meta: { sender: rawContact(contactId) } });
    apply(
      event("conversation.created", withContact(1, 9)),
      event("conversation.created", withContact(2, 9)),
      event("conversation.created", withContact(3, 10)),
    );
    const untouched = state().conversations[3];
    apply(event("contact.updated", rawContact(9, { name: "Renamed" })));
    expect(state().contacts[9]?.name).toBe("Renamed");
    expect(state().conversations[1]?.meta?.sender?.name).toBe("Renamed");
    expect(state().conversations[2]?.meta?.sender?.name).toBe("Renamed");
    expect(state().conversations[3]).toBe(untouched);
  });

  it.each(["contact.created", "contact.merged"])("%s stores the contact", (name) => {
    const { state, apply } = storeWithCounter();
    apply(event(name, rawContact(9, { email: "new@example.com" })));
    expect(state().contacts[9]?.email).toBe("new@example.com");
  });

  it("contact.deleted removes the contact and the conversations the server deleted with it", () => {
    const { state, apply } = storeWithCounter();
    apply(
      event("conversation.created", rawConversation({ id: 1, meta: { sender: rawContact(9) } })),
      event("conversation.created", rawConversation({ id: 2, meta: { sender: rawContact(10) } })),
      event("message.created", rawMessage({ id: 1, conversation_id: 1 })),
    );
    apply(event("contact.deleted", { id: 9, account_id: ACCOUNT_ID }));
    expect(state().contacts[9]).toBeUndefined();
    expect(state().conversations[1]).toBeUndefined();
    expect(state().messages[1]).toBeUndefined();
    expect(state().conversations[2]).toBeDefined();
  });
});

describe("notification events", () => {
  it("upserts, orders newest first and takes counts from the payload", () => {
    const { state, apply } = storeWithCounter();
    apply(
      event("notification.created", {
        notification: rawNotification(1),
        unread_count: 1,
        count: 1,
      }),
      event("notification.created", {
        notification: rawNotification(2),
        unread_count: 2,
        count: 2,
      }),
    );
    expect(selectNotifications(state()).map((notification) => notification.id)).toEqual([2, 1]);
    const read = rawNotification(1, { read_at: 1_700_000_100, last_activity_at: 1_700_000_100 });
    apply(event("notification.updated", { notification: read, unread_count: 1, count: 2 }));
    expect(selectNotifications(state()).map((notification) => notification.id)).toEqual([1, 2]);
    expect(state().notifications.byId[1]?.read_at).toBe(1_700_000_100);
    expect(state().notifications).toMatchObject({ unreadCount: 1, count: 2 });
  });

  it("notification.deleted removes it and takes the counts", () => {
    const { state, apply } = storeWithCounter();
    apply(
      event("notification.created", {
        notification: rawNotification(1),
        unread_count: 1,
        count: 1,
      }),
    );
    apply(event("notification.deleted", { notification: { id: 1 }, unread_count: 0, count: 0 }));
    expect(selectNotifications(state())).toEqual([]);
    expect(state().notifications).toMatchObject({ unreadCount: 0, count: 0 });
  });
});
