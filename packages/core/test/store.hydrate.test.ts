import { describe, expect, it } from "vitest";
import type { UniLinkError } from "../src/errors";
import { selectMessages } from "../src/selectors/messages";
import { createUniLinkStore } from "../src/store/create-store";
import { event, storeWithCounter } from "./fixtures/events";
import { rawContact, rawConversation, rawMessage, rawNotification } from "./fixtures/payloads";

describe("hydrate", () => {
  it("merges raw REST data in one notification", () => {
    const { controller, counter, state } = storeWithCounter();
    const errors = controller.hydrate({
      conversations: [rawConversation({ id: 1 }), rawConversation({ id: 2 })],
      messages: [
        {
          conversationId: 1,
          messages: [
            rawMessage({ id: 2, conversation_id: 1 }),
            rawMessage({ id: 1, conversation_id: 1 }),
          ],
        },
      ],
      contacts: [rawContact(50)],
      notifications: [rawNotification(1)],
      notificationCounts: { unreadCount: 3, count: 9 },
    });
    expect(errors).toEqual([]);
    expect(counter.notifications).toBe(1);
    expect(Object.keys(state().conversations)).toEqual(["1", "2"]);
    expect(selectMessages(state(), 1).map((message) => message.id)).toEqual([1, 2]);
    expect(state().contacts[50]).toBeDefined();
    expect(state().notifications).toMatchObject({ ids: [1], unreadCount: 3, count: 9 });
  });

  it("follows the live rules: an older fetched conversation does not roll back, fetched messages are not unread", () => {
    const { controller, state, apply } = storeWithCounter();
    apply(
      event(
        "conversation.updated",
        rawConversation({ id: 1, status: "resolved", updated_at: 500, unread_count: 2 }),
      ),
    );
    controller.hydrate({
      conversations: [rawConversation({ id: 1, status: "open", updated_at: 100 })],
      messages: [
        {
          conversationId: 1,
          messages: [rawMessage({ id: 9, conversation_id: 1, message_type: 0 })],
        },
      ],
    });
    expect(state().conversations[1]).toMatchObject({ status: "resolved", unread_count: 2 });
  });

  it("a resync that fetches messages already received adds no duplicates", () => {
    const { controller, state, apply } = storeWithCounter();
    apply(event("message.created", rawMessage({ id: 1, conversation_id: 1 })));
    controller.hydrate({
      messages: [
        {
          conversationId: 1,
          messages: [
            rawMessage({ id: 1, conversation_id: 1 }),
            rawMessage({ id: 2, conversation_id: 1 }),
          ],
        },
      ],
    });
    expect(selectMessages(state(), 1).map((message) => message.id)).toEqual([1, 2]);
  });

  it("fills conversation_id from the page when the REST message lacks it", () => {
    const { controller, state } = storeWithCounter();
    const { conversation_id: _dropped, ...message } = rawMessage({ id: 1, conversation_id: 4 });
    controller.hydrate({ messages: [{ conversationId: 4, messages: [message] }] });
    expect(selectMessages(state(), 4)).toHaveLength(1);
  });

  it("skips and reports invalid items, keeping the valid ones", () => {
    const reported: UniLinkError[] = [];
    const controller = createUniLinkStore({ onError: (error) => reported.push(error) });
    const errors = controller.hydrate({ conversations: [{ id: "x" }, rawConversation({ id: 2 })] });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.details.issues?.[0]?.path).toEqual(["conversations", 0, "id"]);
    expect(reported).toEqual(errors);
    expect(Object.keys(controller.store.getState().conversations)).toEqual(["2"]);
  });
});
