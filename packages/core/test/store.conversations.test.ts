import { describe, expect, it } from "vitest";
import { selectMessages } from "../src/selectors/messages";
import { event, storeWithCounter } from "./fixtures/events";
import { rawContact, rawConversation, rawMessage, rawUser } from "./fixtures/payloads";

describe("conversation events", () => {
  it("upserts by display id: one entry however many events mention it", () => {
    const { state, apply } = storeWithCounter();
    apply(
      event("conversation.created", rawConversation({ id: 5 })),
      event(
        "conversation.status_changed",
        rawConversation({ id: 5, status: "resolved", updated_at: 1_700_000_001 }),
      ),
      event(
        "conversation.updated",
        rawConversation({ id: 5, status: "resolved", updated_at: 1_700_000_001 }),
      ),
    );
    expect(Object.keys(state().conversations)).toEqual(["5"]);
    expect(state().conversations[5]?.status).toBe("resolved");
  });

  it.each([
    "conversation.updated",
    "conversation.status_changed",
    "conversation.read",
    "conversation.contact_changed",
    "conversation.mentioned",
    "assignee.changed",
    "team.changed",
  ])("%s stores the conversation it carries", (name) => {
    const { state, apply } = storeWithCounter();
    apply(event(name, rawConversation({ id: 3, labels: ["vip"] })));
    expect(state().conversations[3]?.labels).toEqual(["vip"]);
  });

  it("ignores a payload older than the stored one", () => {
    const { state, apply } = storeWithCounter();
    apply(
      event(
        "conversation.updated",
        rawConversation({ id: 5, status: "resolved", updated_at: 200.5 }),
      ),
    );
    apply(
      event("conversation.updated", rawConversation({ id: 5, status: "open", updated_at: 100.25 })),
    );
    expect(state().conversations[5]?.status).toBe("resolved");
  });

  it("a conversation.created arriving after an update neither duplicates nor rolls back", () => {
    const { state, apply } = storeWithCounter();
    const assigned = rawConversation({
      id: 5,
      updated_at: 300,
      meta: { sender: rawContact(9), assignee: rawUser(7), assignee_type: "User" },
    });
    apply(event("assignee.changed", assigned));
    apply(event("conversation.created", rawConversation({ id: 5, updated_at: 100 })));
    expect(Object.keys(state().conversations)).toHaveLength(1);
    expect(state().conversations[5]?.meta?.assignee?.id).toBe(7);
  });

  it("applies a payload with the same updated_at (conversation.read moves only last seen)", () => {
    const { state, apply } = storeWithCounter();
    apply(event("conversation.updated", rawConversation({ id: 5, updated_at: 300 })));
    apply(
      event(
        "conversation.read",
        rawConversation({ id: 5, updated_at: 300, contact_last_seen_at: 290 }),
      ),
    );
    expect(state().conversations[5]?.contact_last_seen_at).toBe(290);
  });

  it("treats payload messages as a preview: the history is kept and the preview upserted", () => {
    const { state, apply } = storeWithCounter();
    apply(
      event("message.created", rawMessage({ id: 1, conversation_id: 5 })),
      event("message.created", rawMessage({ id: 2, conversation_id: 5 })),
    );
    const preview = rawMessage({ id: 3, conversation_id: 5 });
    apply(event("conversation.updated", rawConversation({ id: 5, messages: [preview] })));
    expect(selectMessages(state(), 5).map((message) => message.id)).toEqual([1, 2, 3]);
    expect(state().conversations[5]?.messages?.map((message) => message.id)).toEqual([3]);
  });

  it("keeps the newest preview when the payload's preview is older than a stored message", () => {
    const { state, apply } = storeWithCounter();
    apply(event("conversation.created", rawConversation({ id: 5 })));
    apply(event("message.created", rawMessage({ id: 9, conversation_id: 5 })));
    const stale = rawConversation({ id: 5, messages: [rawMessage({ id: 4, conversation_id: 5 })] });
    apply(event("conversation.updated", { ...stale, updated_at: 1_800_000_000 }));
    expect(state().conversations[5]?.messages?.[0]?.id).toBe(9);
    expect(selectMessages(state(), 5).map((message) => message.id)).toEqual([4, 9]);
  });

  it("does not let a private note or an activity message become the preview", () => {
    const { state, apply } = storeWithCounter();
    apply(event("conversation.created", rawConversation({ id: 5 })));
    apply(
      event("message.created", rawMessage({ id: 1, conversation_id: 5 })),
      event("message.created", rawMessage({ id: 2, conversation_id: 5, private: true })),
      event("message.created", rawMessage({ id: 3, conversation_id: 5, message_type: 2 })),
    );
    expect(state().conversations[5]?.messages?.[0]?.id).toBe(1);
  });

  it("meta.sender updates the contact entity", () => {
    const { state, apply } = storeWithCounter();
    apply(event("contact.created", rawContact(9, { name: "Old name" })));
    const conversation = rawConversation({
      id: 5,
      meta: { sender: rawContact(9, { name: "New name" }) },
    });
    apply(event("conversation.updated", conversation));
    expect(state().contacts[9]?.name).toBe("New name");
  });

  it("meta.assignee is stored among users by type and id", () => {
    const { state, apply } = storeWithCounter();
    const meta = { sender: rawContact(9), assignee: { id: 2, name: "Bot", type: "agent_bot" } };
    apply(event("assignee.changed", rawConversation({ id: 5, meta })));
    expect(state().users["agent_bot:2"]?.name).toBe("Bot");
  });

  it("does not store the event-only performer inside the conversation", () => {
    const { state, apply } = storeWithCounter();
    apply(event("conversation.updated", { ...rawConversation({ id: 5 }), performer: rawUser(7) }));
    expect(state().conversations[5]).not.toHaveProperty("performer");
  });
});
