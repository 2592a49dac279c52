import { describe, expect, it } from "vitest";
import { buildConversation, createFactories, events, resetFactories } from "../src/index";

describe("factories", () => {
  it("are deterministic: same seed and calls, same payloads", () => {
    const run = (seed: number) => {
      const f = createFactories(seed);
      return [f.conversation(), f.message(), f.contact(), f.user(), f.notification(), f.agentBot()];
    };
    expect(run(7)).toEqual(run(7));
    expect(JSON.stringify(run(7))).not.toBe(JSON.stringify(run(8)));
  });

  it("counts ids of each kind up from 1", () => {
    const f = createFactories();
    expect([f.contact().id, f.contact().id, f.contact().id]).toEqual([1, 2, 3]);
    expect([f.conversation().id, f.conversation().id]).toEqual([1, 2]);
    expect(f.team().id).toBeLessThan(f.team().id);
  });

  it("resetFactories restarts the shared builders", () => {
    resetFactories(3);
    const first = buildConversation();
    resetFactories(3);
    expect(buildConversation()).toEqual(first);
  });

  it("builds a conversation the way the platform pushes it", () => {
    const c = createFactories().conversation();
    expect(c).toMatchObject({
      id: 1,
      account_id: 1,
      inbox_id: 1,
      status: "open",
      unread_count: 1,
      can_reply: true,
      meta: { sender: { type: "contact" }, assignee: { type: "user" }, assignee_type: "User" },
    });
    expect(c.meta.team).toEqual({ id: 1, name: expect.any(String) });
    expect(Number.isInteger(c.created_at) && Number.isInteger(c.last_activity_at)).toBe(true);
    expect(Number.isInteger(c.updated_at)).toBe(false);
    expect(c.updated_at).toBeGreaterThan(c.last_activity_at);
    expect(c.contact_inbox.contact_id).toBe(c.meta.sender.id);
    expect(c.messages).toHaveLength(1);
    const [last] = c.messages;
    expect(last).toMatchObject({
      conversation_id: c.id,
      message_type: 0,
      sender: c.meta.sender,
      sender_type: "Contact",
      conversation: {
        assignee_id: c.meta.assignee?.id,
        unread_count: 1,
        last_activity_at: c.last_activity_at,
        contact_inbox: { source_id: c.contact_inbox.source_id },
      },
    });
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it("merges meta overrides one level deep and derives assignee_type", () => {
    const f = createFactories();
    const bot = f.agentBot();
    const unassigned = f.conversation({ status: "pending", meta: { assignee: null, team: null } });
    expect(unassigned.meta).toMatchObject({ assignee: null, assignee_type: null, team: null });
    expect(unassigned.meta.sender.type).toBe("contact");
    expect(unassigned.status).toBe("pending");
    expect(f.conversation({ meta: { assignee: bot } }).meta.assignee_type).toBe("AgentBot");
    expect(f.conversation({ messages: [] }).messages).toEqual([]);
  });

  it("builds messages with the platform's field types", () => {
    const f = createFactories();
    const m = f.message();
    expect(Number.isInteger(m.created_at)).toBe(true);
    expect(m.updated_at).toBe(new Date(m.created_at * 1000).toISOString());
    expect(m).toMatchObject({
      content_type: "text",
      status: "sent",
      private: false,
      message_type: 0,
    });
    expect("echo_id" in m || "attachments" in m).toBe(false);
  });

  it("puts messages in a conversation, with sender by message type and attachments", () => {
    const f = createFactories();
    const c = f.conversation({ account_id: 4 });
    const outgoing = f.message({ message_type: 1, echo_id: "e-1" }, { conversation: c });
    expect(outgoing).toMatchObject({
      conversation_id: c.id,
      account_id: 4,
      sender: c.meta.assignee,
      sender_type: "User",
      echo_id: "e-1",
    });
    const activity = f.message({ message_type: 2, content: "Resolved" }, { conversation: c });
    expect(activity.sender).toBeUndefined();
    expect(activity.sender_type).toBeNull();
    const withFile = f.message({}, { conversation: c, attachments: [{ file_type: "audio" }] });
    expect(withFile.attachments).toEqual([
      expect.objectContaining({ message_id: withFile.id, file_type: "audio", account_id: 4 }),
    ]);
  });

  it("builds contacts, users, bots and notifications with their type tags", () => {
    const f = createFactories();
    expect(f.contact()).toMatchObject({ type: "contact", blocked: false });
    expect(f.user()).toMatchObject({ type: "user", availability_status: "online" });
    expect(f.agentBot()).toMatchObject({ type: "agent_bot" });
    const conversation = f.conversation();
    const n = f.notification({}, { conversation });
    expect(n).toMatchObject({
      primary_actor_type: "Conversation",
      primary_actor_id: conversation.id,
      primary_actor: conversation,
      user: conversation.meta.assignee,
      read_at: null,
    });
  });
});

describe("events", () => {
  const f = createFactories();

  it("wraps payloads as {event, data} with account_id", () => {
    const conversation = f.conversation({ account_id: 3 });
    const message = f.message({}, { conversation });
    expect(events.messageCreated(message)).toEqual({ event: "message.created", data: message });
    expect(events.conversationStatusChanged(conversation).event).toBe(
      "conversation.status_changed",
    );
    expect(events.assigneeChanged(conversation).data.account_id).toBe(3);
    expect(events.contactCreated(f.contact(), 3).data).toMatchObject({
      type: "contact",
      account_id: 3,
    });
  });

  it("builds typing, notification and update payloads", () => {
    const conversation = f.conversation();
    const user = f.user();
    expect(events.typingOn(conversation, user, true)).toEqual({
      event: "conversation.typing_on",
      data: { conversation, user, is_private: true, account_id: 1 },
    });
    expect(events.typingOff(conversation, user).data.is_private).toBe(false);
    const notification = f.notification();
    expect(events.notificationCreated(notification, { unreadCount: 2, count: 5 }).data).toEqual({
      notification,
      unread_count: 2,
      count: 5,
      account_id: 1,
    });
    expect(events.notificationDeleted(9).data).toEqual({
      notification: { id: 9 },
      unread_count: 0,
      count: 0,
      account_id: 1,
    });
    const updated = events.messageUpdated(
      f.message(),
      { status: ["sent", "read"] },
      { performer: user },
    );
    expect(updated.data).toMatchObject({
      previous_changes: { status: ["sent", "read"] },
      performer: user,
    });
  });
});
