import { describe, expect, it } from "vitest";
import {
  selectConnectionStatus,
  selectContact,
  selectConversation,
  selectConversationList,
  selectMessages,
  selectNotifications,
  selectTypingUsers,
} from "../src/selectors";
import { event, storeWithCounter } from "./fixtures/events";
import {
  rawContact,
  rawConversation,
  rawMessage,
  rawNotification,
  rawTyping,
  rawUser,
} from "./fixtures/payloads";

const conversation = (id: number, extra: Record<string, unknown> = {}) =>
  event("conversation.updated", rawConversation({ id, ...extra }));

function seeded() {
  const harness = storeWithCounter();
  harness.apply(
    conversation(1, {
      status: "open",
      last_activity_at: 300,
      created_at: 30,
      priority: "low",
      waiting_since: 20,
      labels: ["vip"],
    }),
    conversation(2, {
      status: "open",
      last_activity_at: 100,
      created_at: 10,
      priority: "urgent",
      waiting_since: 50,
      inbox_id: 2,
    }),
    conversation(3, {
      status: "resolved",
      last_activity_at: 200,
      created_at: 20,
      priority: null,
      waiting_since: null,
    }),
    conversation(4, {
      status: "open",
      last_activity_at: 400,
      created_at: 40,
      priority: "high",
      meta: {
        sender: rawContact(104),
        assignee: rawUser(7),
        assignee_type: "User",
        team: { id: 3, name: "Billing" },
      },
    }),
    conversation(5, {
      status: "open",
      last_activity_at: 500,
      meta: {
        sender: rawContact(105),
        assignee: { id: 7, name: "Bot", type: "agent_bot" },
        assignee_type: "AgentBot",
      },
    }),
  );
  return harness;
}

const idsOf = (list: readonly { id: number | string }[]) => list.map((item) => item.id);

describe("selectConversationList", () => {
  it("sorts by last activity, newest first, by default", () => {
    expect(idsOf(selectConversationList(seeded().state()))).toEqual([5, 4, 1, 3, 2]);
  });

  it.each([
    [{ status: "open" as const }, [5, 4, 1, 2]],
    [{ status: "resolved" as const }, [3]],
    [{ assignee: "me" as const, meUserId: 7 }, [4]],
    [{ assignee: 7 }, [4]],
    [{ assignee: "me" as const }, []],
    [{ assignee: "unassigned" as const }, [1, 3, 2]],
    [{ assignee: "assigned" as const }, [5, 4]],
    [{ inboxId: 2 }, [2]],
    [{ teamId: 3 }, [4]],
    [{ labels: ["vip", "other"] }, [1]],
  ])("filters %j", (filter, expected) => {
    expect(idsOf(selectConversationList(seeded().state(), filter))).toEqual(expected);
  });

  it.each([
    ["created_at" as const, [2, 3, 1, 4, 5]],
    ["priority" as const, [2, 4, 1, 5, 3]],
    ["waiting_since" as const, [1, 2, 5, 4, 3]],
  ])("sorts by %s", (sortBy, expected) => {
    expect(idsOf(selectConversationList(seeded().state(), { sortBy }))).toEqual(expected);
  });

  it("returns the same array while nothing it covers changed", () => {
    const { state, apply } = seeded();
    const filter = { status: "resolved" as const };
    const first = selectConversationList(state(), filter);
    expect(selectConversationList(state(), { ...filter })).toBe(first);
    apply(
      conversation(1, {
        status: "open",
        last_activity_at: 300,
        updated_at: 1_800_000_000,
        labels: ["vip", "new"],
      }),
    );
    expect(selectConversationList(state(), filter)).toBe(first);
    apply(conversation(3, { status: "resolved", updated_at: 1_800_000_000, labels: ["x"] }));
    const second = selectConversationList(state(), filter);
    expect(second).not.toBe(first);
    expect(second[0]?.labels).toEqual(["x"]);
  });

  it("returns a new array when a conversation moves into the list", () => {
    const { state, apply } = seeded();
    const before = selectConversationList(state(), { status: "resolved" });
    apply(conversation(1, { status: "resolved", updated_at: 1_800_000_000 }));
    expect(idsOf(selectConversationList(state(), { status: "resolved" }))).toEqual([1, 3]);
    expect(before).toHaveLength(1);
  });
});

describe("other selectors", () => {
  it("selectMessages returns the same array until that conversation's messages change", () => {
    const { state, apply } = seeded();
    apply(event("message.created", rawMessage({ id: 1, conversation_id: 1 })));
    apply(event("message.created", rawMessage({ id: 2, conversation_id: 2 })));
    const first = selectMessages(state(), 1);
    apply(event("message.created", rawMessage({ id: 3, conversation_id: 2 })));
    expect(selectMessages(state(), 1)).toBe(first);
    apply(event("message.created", rawMessage({ id: 4, conversation_id: 1 })));
    expect(selectMessages(state(), 1).map((message) => message.id)).toEqual([1, 4]);
    expect(selectMessages(state(), 99)).toBe(selectMessages(state(), 98));
  });

  it("selectTypingUsers is stable and hides private typists by default", () => {
    const { state, apply } = seeded();
    apply(event("conversation.typing_on", rawTyping(1, rawUser(7), { is_private: true })));
    const visible = selectTypingUsers(state(), 1);
    expect(visible).toEqual([]);
    expect(selectTypingUsers(state(), 1, { includePrivate: true })).toHaveLength(1);
    apply(event("conversation.typing_on", rawTyping(2, rawContact(9))));
    expect(selectTypingUsers(state(), 1)).toBe(visible);
  });

  it("selectNotifications keeps its array on a count-only change", () => {
    const { state, apply } = seeded();
    apply(
      event("notification.created", {
        notification: rawNotification(1),
        unread_count: 1,
        count: 1,
      }),
    );
    const first = selectNotifications(state());
    apply(event("notification.deleted", { notification: { id: 99 }, unread_count: 0, count: 1 }));
    expect(state().notifications.unreadCount).toBe(0);
    expect(selectNotifications(state())).toBe(first);
  });

  it("reads single entities and the status", () => {
    const { state, controller } = seeded();
    controller.setStatus("connected");
    expect(selectConversation(state(), 4)?.meta?.team?.name).toBe("Billing");
    expect(selectContact(state(), 104)?.name).toBe("Contact 104");
    expect(selectConnectionStatus(state())).toBe("connected");
  });
});
