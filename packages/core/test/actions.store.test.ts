import { describe, expect, it } from "vitest";
import {
  patchConversation,
  readFields,
  revertConversation,
} from "../src/actions/conversation-fields";
import { snoozePresets, snoozeUntilFromDate } from "../src/actions/snooze-presets";
import { selectContactConversations, selectConversationLabels } from "../src/selectors/directory";
import { patchDirectoryList } from "../src/store/directory-state";
import { event, storeWithCounter } from "./fixtures/events";
import { rawContact, rawConversation } from "./fixtures/payloads";

describe("snooze presets", () => {
  const seconds = (date: Date) => date.getTime() / 1000;

  it("computes an hour, tomorrow 9:00, next Monday 9:00 and next month 9:00 in local time", () => {
    const wednesday = new Date(2026, 11, 2, 15, 30); // Wed 2 Dec 2026, 15:30 local
    const presets = Object.fromEntries(snoozePresets(wednesday).map((p) => [p.id, p.until]));
    expect(presets).toEqual({
      until_next_reply: null,
      an_hour: seconds(new Date(2026, 11, 2, 16, 30)),
      tomorrow: seconds(new Date(2026, 11, 3, 9, 0)),
      next_week: seconds(new Date(2026, 11, 7, 9, 0)),
      next_month: seconds(new Date(2027, 0, 1, 9, 0)),
    });
  });

  it("a Monday's next week is the following Monday; Sunday's is the next day", () => {
    const nextWeek = (date: Date) => snoozePresets(date).find((p) => p.id === "next_week")?.until;
    expect(nextWeek(new Date(2026, 11, 7, 8, 0))).toBe(seconds(new Date(2026, 11, 14, 9, 0)));
    expect(nextWeek(new Date(2026, 11, 6, 23, 0))).toBe(seconds(new Date(2026, 11, 7, 9, 0)));
    expect(snoozeUntilFromDate(new Date(2026, 0, 1, 12, 0, 30))).toBe(
      Math.floor(seconds(new Date(2026, 0, 1, 12, 0, 30))),
    );
  });
});

describe("optimistic conversation fields", () => {
  it("rolls back only the fields no newer event changed", () => {
    const { controller, state, apply } = storeWithCounter();
    apply(
      event("conversation.created", rawConversation({ id: 1, priority: "low", labels: ["a"] })),
    );
    const fields = { priority: "urgent", labels: ["a", "b"] };
    const previous = readFields(state(), 1, fields);
    controller.applyLocalChange((s) => patchConversation(s, 1, fields));
    expect(state().conversations[1]).toMatchObject({ priority: "urgent", labels: ["a", "b"] });
    controller.applyLocalChange((s) => revertConversation(s, 1, fields, previous));
    expect(state().conversations[1]).toMatchObject({ priority: "low", labels: ["a"] });
    // Again, but another agent's labels arrive before the failure: those stay.
    controller.applyLocalChange((s) => patchConversation(s, 1, fields));
    apply(
      event(
        "conversation.updated",
        rawConversation({ id: 1, priority: "low", labels: ["c"], updated_at: 1_700_000_002 }),
      ),
    );
    controller.applyLocalChange((s) => revertConversation(s, 1, fields, previous));
    expect(state().conversations[1]).toMatchObject({ priority: "low", labels: ["c"] });
    const untouched = state();
    controller.applyLocalChange((s) => patchConversation(s, 99, fields));
    expect(state()).toBe(untouched);
  });

  it("an assignee shows with its type and goes back to none", () => {
    const { controller, state, apply } = storeWithCounter();
    apply(event("conversation.created", rawConversation({ id: 2 })));
    const fields = { assignee: { id: 7, type: "user", name: "Ana" } };
    const previous = readFields(state(), 2, fields);
    controller.applyLocalChange((s) => patchConversation(s, 2, fields));
    expect(state().conversations[2]?.meta).toMatchObject({
      assignee: { id: 7 },
      assignee_type: "User",
    });
    controller.applyLocalChange((s) => revertConversation(s, 2, fields, previous));
    expect(state().conversations[2]?.meta).toMatchObject({ assignee: null, assignee_type: null });
  });
});

describe("workspace selectors", () => {
  it("a contact's conversations follow conversation.contact_changed (merged contacts)", () => {
    const { state, apply } = storeWithCounter();
    apply(
      event("conversation.created", rawConversation({ id: 1, meta: { sender: rawContact(10) } })),
      event("conversation.created", rawConversation({ id: 2, meta: { sender: rawContact(11) } })),
    );
    expect(selectContactConversations(state(), 10).map((c) => c.id)).toEqual([1]);
    const before = selectContactConversations(state(), 11);
    apply(
      event(
        "conversation.contact_changed",
        rawConversation({ id: 1, meta: { sender: rawContact(11) }, updated_at: 1_700_000_003 }),
      ),
    );
    expect(selectContactConversations(state(), 10)).toEqual([]);
    expect(
      selectContactConversations(state(), 11)
        .map((c) => c.id)
        .sort(),
    ).toEqual([1, 2]);
    expect(before.map((c) => c.id)).toEqual([2]);
  });

  it("labels carry the account's colours; unknown titles have none", () => {
    const { controller, state, apply } = storeWithCounter();
    apply(event("conversation.created", rawConversation({ id: 4, labels: ["vip", "old"] })));
    controller.applyLocalChange((s) => ({
      ...s,
      directory: patchDirectoryList(s.directory, "labels", {
        items: [{ id: 1, title: "vip", color: "#ff0000" }],
      }),
    }));
    const labels = selectConversationLabels(state(), 4);
    expect(labels).toEqual([
      { id: 1, title: "vip", color: "#ff0000" },
      { id: -1, title: "old", color: null },
    ]);
    expect(selectConversationLabels(state(), 4)).toBe(labels);
  });
});
