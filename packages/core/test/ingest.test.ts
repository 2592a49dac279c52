import { afterEach, describe, expect, it, vi } from "vitest";
import type { UniLinkError } from "../src/errors";
import { createIngest, type Ingest } from "../src/ingest";
import type { UniLinkEvent } from "../src/schema/events";
import { selectMessages } from "../src/selectors/messages";
import { createUniLinkStore, type UniLinkStoreController } from "../src/store/create-store";
import { ACCOUNT_ID, rawConversation, rawMessage } from "./fixtures/payloads";

function setup() {
  const controller = createUniLinkStore({ accountId: ACCOUNT_ID });
  const batches: UniLinkEvent[][] = [];
  const errors: UniLinkError[] = [];
  const seenByListeners: number[][] = [];
  let notifications = 0;
  controller.store.subscribe(() => {
    notifications++;
  });
  const ingest = createIngest({
    accountId: ACCOUNT_ID,
    dispatch: (events) => {
      batches.push(events);
      controller.dispatch(events);
    },
    onEvents: () => {
      seenByListeners.push(
        selectMessages(controller.store.getState(), 5).map((message) => message.id as number),
      );
    },
    onError: (error) => errors.push(error),
  });
  return {
    controller,
    ingest,
    batches,
    errors,
    seenByListeners,
    notifications: () => notifications,
  };
}

describe("ingest", () => {
  let current: { controller: UniLinkStoreController; ingest: Ingest } | undefined;
  afterEach(() => {
    current?.ingest.destroy();
    current?.controller.destroy();
  });

  it("applies a burst from one task as one batch and one store notification", async () => {
    const harness = setup();
    current = harness;
    for (const id of [1, 2, 3]) {
      harness.ingest.push({
        event: "message.created",
        data: rawMessage({ id, conversation_id: 5 }),
      });
    }
    expect(harness.batches).toHaveLength(0);
    await Promise.resolve();
    expect(harness.batches.map((batch) => batch.length)).toEqual([3]);
    expect(harness.notifications()).toBe(1);
  });

  it("applies a lone event before the task ends, and listeners see the updated store", async () => {
    const harness = setup();
    current = harness;
    harness.ingest.push({
      event: "message.created",
      data: rawMessage({ id: 1, conversation_id: 5 }),
    });
    await Promise.resolve();
    expect(harness.seenByListeners).toEqual([[1]]);
  });

  it("reports invalid messages through onError and keeps the valid ones", async () => {
    const harness = setup();
    current = harness;
    harness.ingest.push("not an event");
    harness.ingest.push({ event: "message.created", data: { id: "x" } });
    harness.ingest.push({ event: "conversation.created", data: rawConversation({ id: 5 }) });
    await Promise.resolve();
    expect(harness.errors.map((error) => error.code)).toEqual(["protocol", "validation"]);
    expect(harness.controller.store.getState().conversations[5]).toBeDefined();
  });

  it("drops events of another account before they are batched", async () => {
    const harness = setup();
    current = harness;
    harness.ingest.push({
      event: "conversation.created",
      data: rawConversation({ id: 5, account_id: 2 }),
    });
    await Promise.resolve();
    expect(harness.batches).toEqual([]);
  });

  it("delivers unknown events to listeners without storing them", async () => {
    const harness = setup();
    current = harness;
    harness.ingest.push({ event: "captain.thinking", data: {} });
    await Promise.resolve();
    expect(harness.batches[0]?.[0]).toMatchObject({ event: "captain.thinking", unknown: true });
    expect(harness.notifications()).toBe(0);
  });

  it("reports a throwing listener as a listener error instead of throwing", async () => {
    const errors: UniLinkError[] = [];
    const ingest = createIngest({
      dispatch: () => {},
      onEvents: () => {
        throw new Error("boom");
      },
      onError: (error) => errors.push(error),
    });
    ingest.push({ event: "x.y", data: {} });
    ingest.flush();
    expect(errors.map((error) => error.code)).toEqual(["listener"]);
    ingest.destroy();
  });

  it("after destroy, queued and new events are dropped", async () => {
    const dispatch = vi.fn();
    const ingest = createIngest({ dispatch, onEvents: () => {}, onError: () => {} });
    ingest.push({ event: "x.y", data: {} });
    ingest.destroy();
    ingest.push({ event: "x.y", data: {} });
    await Promise.resolve();
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe("batching across tasks (browsers deliver one frame per task)", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("applies a lone event at once, then coalesces a burst of separate tasks into one update", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const { ingest, batches, controller } = setup();
    const message = (id: number) => ({
      event: "message.created",
      data: rawMessage({ id, conversation_id: 5 }),
    });
    ingest.push(message(1));
    await Promise.resolve();
    expect(batches.map((batch) => batch.length)).toEqual([1]); // no timer delay for a lone event

    for (let id = 2; id <= 50; id++) {
      await vi.advanceTimersByTimeAsync(0); // a new task per frame, as a browser delivers them
      ingest.push(message(id));
    }
    expect(batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(16);
    expect(batches.map((batch) => batch.length)).toEqual([1, 49]);
    expect(selectMessages(controller.store.getState(), 5)).toHaveLength(50);

    await vi.advanceTimersByTimeAsync(100); // quiet for longer than the window
    ingest.push(message(51));
    await Promise.resolve();
    expect(batches.map((batch) => batch.length)).toEqual([1, 49, 1]);
    ingest.destroy();
    controller.destroy();
    expect(vi.getTimerCount()).toBe(0);
  });
});
