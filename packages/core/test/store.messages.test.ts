import { describe, expect, it } from "vitest";
import { selectMessages } from "../src/selectors/messages";
import { event, storeWithCounter } from "./fixtures/events";
import { rawConversation, rawMessage } from "./fixtures/payloads";

const ids = (state: ReturnType<ReturnType<typeof storeWithCounter>["state"]>, id = 5) =>
  selectMessages(state, id).map((message) => message.id);

describe("message events", () => {
  it("keeps messages ordered by created_at, then id, whatever the arrival order", () => {
    const { state, apply } = storeWithCounter();
    apply(
      event("message.created", rawMessage({ id: 30, conversation_id: 5, created_at: 300 })),
      event("message.created", rawMessage({ id: 10, conversation_id: 5, created_at: 100 })),
      event("message.created", rawMessage({ id: 21, conversation_id: 5, created_at: 200 })),
      event("message.created", rawMessage({ id: 20, conversation_id: 5, created_at: 200 })),
    );
    expect(ids(state())).toEqual([10, 20, 21, 30]);
  });

  it("upserts by id: a double never duplicates", () => {
    const { state, apply } = storeWithCounter();
    const message = rawMessage({ id: 1, conversation_id: 5 });
    apply(event("message.created", message), event("message.created", message));
    apply(event("first.reply.created", message));
    expect(ids(state())).toEqual([1]);
  });

  it("applies message.updated without previous_changes, and stores none", () => {
    const { state, apply } = storeWithCounter();
    apply(event("message.created", rawMessage({ id: 1, conversation_id: 5, updatedAt: 100 })));
    apply(
      event(
        "message.updated",
        rawMessage({ id: 1, conversation_id: 5, updatedAt: 200, status: "read" }),
      ),
    );
    apply(
      event("message.updated", {
        ...rawMessage({
          id: 1,
          conversation_id: 5,
          updatedAt: 300,
          content: "edited",
          status: "read",
        }),
        previous_changes: { content: ["message 1", "edited"] },
      }),
    );
    const [message] = selectMessages(state(), 5);
    expect(message).toMatchObject({ status: "read", content: "edited" });
    expect(message).not.toHaveProperty("previous_changes");
  });

  it("ignores an update older than the stored version (out of order)", () => {
    const { state, apply } = storeWithCounter();
    apply(
      event(
        "message.updated",
        rawMessage({ id: 1, conversation_id: 5, updatedAt: 200, status: "read" }),
      ),
    );
    apply(
      event(
        "message.updated",
        rawMessage({ id: 1, conversation_id: 5, updatedAt: 150, status: "delivered" }),
      ),
    );
    apply(
      event(
        "message.created",
        rawMessage({ id: 1, conversation_id: 5, updatedAt: 100, status: "sent" }),
      ),
    );
    expect(selectMessages(state(), 5)[0]?.status).toBe("read");
  });

  it("marks a message deleted and never undeletes it", () => {
    const { state, apply } = storeWithCounter();
    apply(event("message.created", rawMessage({ id: 1, conversation_id: 5, updatedAt: 100 })));
    const deleted = rawMessage({
      id: 1,
      conversation_id: 5,
      updatedAt: 200,
      content: "This message was deleted",
      content_attributes: { deleted: true },
    });
    apply(event("message.updated", deleted));
    // A copy without updated_at cannot be placed in time, so it must not resurrect the message.
    const { updated_at: _ignored, ...undated } = rawMessage({ id: 1, conversation_id: 5 });
    apply(event("message.updated", undated));
    expect(selectMessages(state(), 5)[0]?.content_attributes?.deleted).toBe(true);
  });

  it("moves the conversation's last_activity_at and preview with a new message", () => {
    const { state, apply } = storeWithCounter();
    apply(event("conversation.created", rawConversation({ id: 5, last_activity_at: 100 })));
    apply(event("message.created", rawMessage({ id: 1, conversation_id: 5, created_at: 500 })));
    expect(state().conversations[5]?.last_activity_at).toBe(500);
    expect(state().conversations[5]?.messages?.[0]?.id).toBe(1);
  });

  it("never moves last_activity_at back for an old message", () => {
    const { state, apply } = storeWithCounter();
    apply(event("conversation.created", rawConversation({ id: 5, last_activity_at: 900 })));
    apply(event("message.created", rawMessage({ id: 1, conversation_id: 5, created_at: 500 })));
    expect(state().conversations[5]?.last_activity_at).toBe(900);
  });

  it("counts a new incoming public message as unread, capped at 10, once", () => {
    const { state, apply } = storeWithCounter();
    apply(event("conversation.created", rawConversation({ id: 5, unread_count: 8 })));
    const incoming = (id: number, extra = {}) =>
      event("message.created", rawMessage({ id, conversation_id: 5, message_type: 0, ...extra }));
    apply(incoming(1), incoming(1));
    expect(state().conversations[5]?.unread_count).toBe(9);
    apply(incoming(2), incoming(3), incoming(4));
    expect(state().conversations[5]?.unread_count).toBe(10);
    apply(event("message.created", rawMessage({ id: 5, conversation_id: 5, message_type: 1 })));
    apply(incoming(6, { private: true }));
    expect(state().conversations[5]?.unread_count).toBe(10);
  });

  it("takes the server's unread_count when the message or a conversation payload carries it", () => {
    const { state, apply } = storeWithCounter();
    apply(event("conversation.created", rawConversation({ id: 5, unread_count: 0 })));
    const withSummary = rawMessage({
      id: 1,
      conversation_id: 5,
      message_type: 0,
      conversation: { unread_count: 4, last_activity_at: 1_700_000_001 },
    });
    apply(event("message.created", withSummary));
    expect(state().conversations[5]?.unread_count).toBe(4);
    apply(
      event(
        "conversation.updated",
        rawConversation({ id: 5, unread_count: 0, updated_at: 1_800_000_000 }),
      ),
    );
    expect(state().conversations[5]?.unread_count).toBe(0);
  });

  it("stores messages of a conversation it does not know, without inventing the conversation", () => {
    const { state, apply } = storeWithCounter();
    apply(event("message.created", rawMessage({ id: 1, conversation_id: 77 })));
    expect(ids(state(), 77)).toEqual([1]);
    expect(state().conversations[77]).toBeUndefined();
  });

  it("first.reply.created sets first_reply_created_at when unset", () => {
    const { state, apply } = storeWithCounter();
    apply(event("conversation.created", rawConversation({ id: 5 })));
    apply(
      event("first.reply.created", rawMessage({ id: 1, conversation_id: 5, created_at: 1234 })),
    );
    expect(state().conversations[5]?.first_reply_created_at).toBe(1234);
  });
});
