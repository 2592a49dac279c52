import { describe, expect, it } from "vitest";
import {
  type ConversationListFilter,
  conversationFilterToQuery,
  conversationQueryKey,
  conversationQueryToFilter,
  isMessageDeleted,
  MessageType,
  messageDirection,
} from "../src";

describe("conversationFilterToQuery", () => {
  it("sends status, assignee tab, inbox, team and sort to the server", () => {
    expect(
      conversationFilterToQuery({
        status: "pending",
        assignee: "me",
        meUserId: 7,
        inboxId: 3,
        teamId: 2,
        sortBy: "priority",
        labels: ["vip"],
      } as ConversationListFilter),
    ).toEqual({
      status: "pending",
      assigneeType: "me",
      inboxId: 3,
      teamId: 2,
      sortBy: "priority_desc",
    });
  });

  it("leaves what the server cannot filter to the local selector", () => {
    // One agent's id: the server lists every conversation, the store narrows them.
    expect(conversationFilterToQuery({ assignee: 42 })).toEqual({});
    // The server's default order needs no sort_by (the same list load state either way).
    expect(conversationFilterToQuery({ sortBy: "last_activity_at" })).toEqual({});
    expect(conversationFilterToQuery()).toEqual({});
  });

  it("is the inverse of conversationQueryToFilter for every query the tabs produce", () => {
    for (const status of ["open", "pending", "snoozed", "resolved", "all"] as const)
      for (const assigneeType of ["me", "unassigned", "assigned", "all"] as const)
        for (const sortBy of [undefined, "priority_desc", "waiting_since_asc", "created_at_asc"]) {
          const query = { status, assigneeType, inboxId: 1, teamId: 4, sortBy };
          const back = conversationFilterToQuery(conversationQueryToFilter(query, 7));
          expect(conversationQueryKey(back)).toBe(conversationQueryKey(query));
        }
  });
});

describe("messageDirection", () => {
  const of = (type: number | null | undefined) => ({ message_type: type });

  it("puts the contact's messages on the contact's side, everything else on the agents'", () => {
    expect(messageDirection(of(MessageType.incoming), "contact")).toBe("outgoing");
    expect(messageDirection(of(MessageType.incoming), "agent")).toBe("incoming");
    expect(messageDirection(of(MessageType.outgoing), "agent")).toBe("outgoing");
    expect(messageDirection(of(MessageType.outgoing), "contact")).toBe("incoming");
    expect(messageDirection(of(MessageType.template), "agent")).toBe("outgoing");
  });

  it("centres activity notes for both readers; a missing type counts as the contact's", () => {
    expect(messageDirection(of(MessageType.activity), "agent")).toBe("activity");
    expect(messageDirection(of(MessageType.activity), "contact")).toBe("activity");
    expect(messageDirection(of(undefined), "agent")).toBe("incoming");
    expect(messageDirection(of(null), "contact")).toBe("outgoing");
  });
});

describe("isMessageDeleted", () => {
  it("reads the deleted flag of content_attributes", () => {
    expect(isMessageDeleted({ content_attributes: { deleted: true } })).toBe(true);
    expect(isMessageDeleted({ content_attributes: { deleted: false } })).toBe(false);
    expect(isMessageDeleted({ content_attributes: null })).toBe(false);
    expect(isMessageDeleted({})).toBe(false);
  });
});
