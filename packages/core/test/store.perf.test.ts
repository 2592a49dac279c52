import { afterEach, describe, expect, it, vi } from "vitest";
import type { UniLinkError } from "../src/errors";
import { eventTable } from "../src/event-table";
import type { UniLinkEvent } from "../src/schema/events";
import { selectMessages } from "../src/selectors/messages";
import type { UniLinkState } from "../src/store/state";
import { event, storeWithCounter } from "./fixtures/events";
import {
  rawContact,
  rawConversation,
  rawMessage,
  rawNotification,
  rawTyping,
  rawUser,
} from "./fixtures/payloads";

// Complexity, not time: these count how often the previous state's records
// are enumerated (a copy enumerates its source once) and check what keeps
// its identity, so they cannot flake on a busy machine.

const CONVERSATIONS = 2_000;

const created = (id: number) => event("conversation.created", rawConversation({ id }));
const message = (id: number, conversationId: number) =>
  event("message.created", rawMessage({ id, conversation_id: conversationId }));

const controllers: { destroy(): void }[] = [];

/** {@link storeWithCounter}, destroyed after the test (typing timers). */
function harnessFor(options: Parameters<typeof storeWithCounter>[0] = {}) {
  const harness = storeWithCounter(options);
  controllers.push(harness.controller);
  return harness;
}

/** A store holding `count` conversations with one message each. */
function storeWith(count: number) {
  const harness = harnessFor();
  const ids = Array.from({ length: count }, (_, index) => index + 1);
  harness.controller.dispatch([...ids.map(created), ...ids.map((id) => message(id, id))]);
  return harness;
}

/** Wraps `record` so that every enumeration of its keys (a spread, `Object.values`) is counted. */
function counted<T extends object>(record: T) {
  const counter = { enumerations: 0 };
  const proxy = new Proxy(record, {
    ownKeys(target) {
      counter.enumerations++;
      return Reflect.ownKeys(target);
    },
  });
  return { proxy, counter };
}

/** Freezes everything reachable from `value`, so any write to it throws (modules are strict). */
function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

afterEach(() => {
  for (const controller of controllers.splice(0)) controller.destroy();
  vi.restoreAllMocks();
});

describe("store batches: copy on write", () => {
  it("1,000 messages in one conversation among 2,000 leave the other 1,999 untouched", () => {
    const { controller, state } = storeWith(CONVERSATIONS);
    const before = state();
    const batch = Array.from({ length: 1_000 }, (_, index) => message(10_000 + index, 7));
    controller.dispatch(batch);
    const after = state();

    expect(selectMessages(after, 7)).toHaveLength(1_001);
    expect(after.conversations).not.toBe(before.conversations);
    expect(after.conversations[7]).not.toBe(before.conversations[7]);
    expect(after.messages[7]).not.toBe(before.messages[7]);
    for (let id = 1; id <= CONVERSATIONS; id++) {
      if (id === 7) continue;
      expect(after.conversations[id]).toBe(before.conversations[id]);
      expect(after.messages[id]).toBe(before.messages[id]);
    }
    expect(after.contacts).toBe(before.contacts);
    expect(after.typing).toBe(before.typing);
  });

  it("copies each record a batch changes once per batch, not once per event", () => {
    const { controller, state } = storeWith(CONVERSATIONS);
    const thread = state().messages[7];
    if (!thread) expect.fail("conversation 7 has no messages");
    const byId = counted(thread.byId);
    const conversations = counted(state().conversations);
    const messages = counted({ ...state().messages, 7: { ids: thread.ids, byId: byId.proxy } });
    controller.store.setState({
      ...state(),
      conversations: conversations.proxy,
      messages: messages.proxy,
    });

    const batch = Array.from({ length: 1_000 }, (_, index) =>
      message(10_000 + index, index % 2 === 0 ? 7 : 1 + (index % 100)),
    );
    controller.dispatch(batch);

    expect(selectMessages(state(), 7)).toHaveLength(501);
    expect(conversations.counter.enumerations).toBe(1);
    expect(messages.counter.enumerations).toBe(1);
    expect(byId.counter.enumerations).toBe(1);
  });

  it("never writes to a state it published: a deep-frozen state takes a mixed batch without error", () => {
    const errors: UniLinkError[] = [];
    const { controller, state } = harnessFor({ onError: (error) => errors.push(error) });
    const batch = (round: number): UniLinkEvent[] => [
      created(1),
      message(round * 10 + 1, 1),
      message(round * 10 + 2, 1),
      message(round * 10 + 3, 2),
      event(
        "message.updated",
        rawMessage({ id: round * 10 + 1, conversation_id: 1, updatedAt: 1_800_000_000 + round }),
      ),
      event("conversation.typing_on", rawTyping(1, rawUser(7))),
      event("conversation.typing_on", rawTyping(1, rawContact(101))),
      event("conversation.typing_off", rawTyping(1, rawUser(7))),
      event("contact.updated", rawContact(101, { name: `Renamed ${round}` })),
      event("notification.created", { notification: rawNotification(round), unread_count: 1 }),
      event("notification.deleted", { notification: { id: round - 1 }, unread_count: 1 }),
    ];
    for (let round = 1; round <= 3; round++) {
      deepFreeze(state());
      controller.dispatch(batch(round));
      deepFreeze(state());
      const page = [rawMessage({ id: round * 10 + 4, conversation_id: 2 })];
      controller.hydrate({ messages: [{ conversationId: 2, messages: page }] });
    }
    expect(errors).toEqual([]);
    expect(selectMessages(state(), 1)).toHaveLength(6);
    expect(selectMessages(state(), 2)).toHaveLength(6);
    expect(state().conversations[1]?.meta?.sender?.name).toBe("Renamed 3");
    expect(Object.keys(state().typing[1] ?? {})).toEqual(["contact:101"]);
    expect(state().notifications.ids).toEqual([3]);
  });

  it("an event whose reducer throws halfway is left out whole, even after it changed a draft", () => {
    const errors: UniLinkError[] = [];
    const { controller, state } = harnessFor({ onError: (error) => errors.push(error) });
    const row = eventTable["message.created"];
    const original = row.store;
    vi.spyOn(row, "store").mockImplementation((current, data, context) => {
      const next = original(current, data, context);
      if (data.id === 2) throw new Error("boom");
      return next;
    });
    controller.dispatch([created(5), message(1, 5), message(2, 5), message(3, 5)]);
    expect(selectMessages(state(), 5).map((stored) => stored.id)).toEqual([1, 3]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain("boom");
  });
});

describe("contacts", () => {
  it("an unchanged contact does not walk the conversations", () => {
    const { controller, state } = storeWith(200);
    const conversations = counted(state().conversations);
    controller.store.setState({ ...state(), conversations: conversations.proxy });
    conversations.counter.enumerations = 0;
    controller.dispatch([created(3), event("contact.updated", rawContact(103))]);
    expect(state().conversations).toBe(conversations.proxy);
    expect(conversations.counter.enumerations).toBe(0);
  });

  it("a changed contact changes only the conversations showing it", () => {
    const { controller, state } = storeWith(200);
    const before: UniLinkState = state();
    controller.dispatch([event("contact.updated", rawContact(103, { name: "Renamed" }))]);
    expect(state().conversations[3]?.meta?.sender?.name).toBe("Renamed");
    for (let id = 1; id <= 200; id++) {
      if (id !== 3) expect(state().conversations[id]).toBe(before.conversations[id]);
    }
  });

  it("a conversation payload with a partial sender shows the stored contact", () => {
    const { controller, state } = storeWith(1);
    const { email: _dropped, ...partial } = rawContact(101);
    const payload = rawConversation({ id: 1, updated_at: 1_800_000_000, status: "pending" });
    const meta = payload.meta as Record<string, unknown>;
    controller.dispatch([
      event("conversation.updated", { ...payload, meta: { ...meta, sender: partial } }),
    ]);
    expect(state().conversations[1]?.status).toBe("pending");
    expect(state().conversations[1]?.meta?.sender).toEqual(state().contacts[101]);
    expect(state().conversations[1]?.meta?.sender?.email).toBe("contact101@example.com");
  });
});
