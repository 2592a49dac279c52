import { describe, expect, it } from "vitest";
import { selectMessages } from "../src/selectors/messages";
import { event, storeWithCounter } from "./fixtures/events";
import { rawConversation, rawMessage } from "./fixtures/payloads";

const ECHO = "6f1c0a52-0d7c-4b1f-9a53-1b0d3e0c2a11";

function sending() {
  const harness = storeWithCounter();
  harness.setTime(1_700_000_500_000);
  harness.controller.dispatch([
    event("conversation.created", rawConversation({ id: 5 })),
    event("message.created", rawMessage({ id: 1, conversation_id: 5, created_at: 1_700_000_100 })),
  ]);
  harness.controller.addPendingMessage({ conversationId: 5, echoId: ECHO, content: "hello" });
  return harness;
}

const confirmed = (extra = {}) =>
  rawMessage({ id: 2, conversation_id: 5, created_at: 1_700_000_501, content: "hello", ...extra });

describe("optimistic messages", () => {
  it("shows a pending message (id = echo_id, status sending) after the history", () => {
    const { state } = sending();
    const messages = selectMessages(state(), 5);
    expect(messages.map((message) => message.id)).toEqual([1, ECHO]);
    expect(messages[1]).toMatchObject({ echo_id: ECHO, status: "sending", content: "hello" });
  });

  it("message.created with the matching echo_id replaces it, no duplicate", () => {
    const { state, apply } = sending();
    apply(event("message.created", confirmed({ echo_id: ECHO })));
    expect(selectMessages(state(), 5).map((message) => message.id)).toEqual([1, 2]);
  });

  it("the REST answer replaces it, and the later event changes nothing", () => {
    const { state, apply, controller, counter } = sending();
    expect(controller.resolvePending(ECHO, confirmed())).toBeUndefined();
    expect(selectMessages(state(), 5).map((message) => message.id)).toEqual([1, 2]);
    const before = state();
    const notifications = counter.notifications;
    apply(event("message.created", confirmed({ echo_id: ECHO })));
    expect(state()).toBe(before);
    expect(counter.notifications).toBe(notifications);
  });

  it("the REST answer after the event changes nothing", () => {
    const { state, apply, controller } = sending();
    apply(event("message.created", confirmed({ echo_id: ECHO })));
    const before = state();
    controller.resolvePending(ECHO, { ...confirmed(), echo_id: ECHO });
    expect(state()).toBe(before);
  });

  it("failPending marks it failed; adding it again (retry) makes it sending", () => {
    const { state, controller } = sending();
    controller.failPending(ECHO);
    expect(selectMessages(state(), 5)[1]?.status).toBe("failed");
    controller.addPendingMessage({ conversationId: 5, echoId: ECHO, content: "hello" });
    expect(selectMessages(state(), 5).map((message) => message.status)).toEqual([
      "sent",
      "sending",
    ]);
  });

  it("an invalid REST answer is reported and the pending message stays", () => {
    const { state, controller } = sending();
    const error = controller.resolvePending(ECHO, { id: "nope" });
    expect(error?.code).toBe("validation");
    expect(selectMessages(state(), 5)[1]?.status).toBe("sending");
  });
});
