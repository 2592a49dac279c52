import type { UniLinkError } from "@unilink/core";
import { createFactories, events } from "@unilink/testing";
import { afterEach, expect, test, vi } from "vitest";
import { createIngest, createUniLinkStore } from "../support/core-internals";
import { CHURN_EVENTS, timeoutFor } from "../support/sizes";
import { ACCOUNT_ID } from "../support/valid-events";

const TYPING_TIMEOUT_MS = 30_000;
/** Virtual time between two events: a typist without `typing_off` expires 1,500 events later. */
const STEP_MS = 20;
const BATCH = 50;
const BOUND_BYTES = 5 * 1024 * 1024;

afterEach(() => {
  vi.useRealTimers();
});

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== "function") throw new Error("run with node --expose-gc (see vitest.config.ts)");
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** A deterministic stream: who types where, who stops, and who the presence snapshot lists. */
function* churn(count: number) {
  const factories = createFactories(11, { accountId: ACCOUNT_ID });
  const conversations = Array.from({ length: 50 }, () => factories.conversation());
  const people = Array.from({ length: 2_000 }, (_, index) => factories.user({ id: index + 1 }));
  let seed = 12_345;
  const next = (limit: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % limit;
  };
  for (let index = 0; index < count; index++) {
    const roll = next(10);
    const conversation = conversations[next(conversations.length)];
    const person = people[next(people.length)];
    if (!conversation || !person) continue;
    if (roll < 6) yield events.typingOn(conversation, person, roll === 0);
    else if (roll < 9) yield events.typingOff(conversation, person);
    else {
      const online = Array.from({ length: next(200) }, () => [String(next(10_000)), "online"]);
      yield events.presenceUpdate(ACCOUNT_ID, Object.fromEntries(online));
    }
  }
}

test(
  `${CHURN_EVENTS} typing and presence events: heap flat, no expired typist left, one timer`,
  () => {
    vi.useFakeTimers({
      toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"],
    });
    const errors: UniLinkError[] = [];
    const controller = createUniLinkStore({
      accountId: ACCOUNT_ID,
      typingTimeoutMs: TYPING_TIMEOUT_MS,
      onError: (error) => errors.push(error),
    });
    const ingest = createIngest({
      accountId: ACCOUNT_ID,
      dispatch: controller.dispatch,
      onEvents: () => {},
      onError: (error) => errors.push(error),
    });
    const checkpoints = [0.2, 0.4, 0.6, 0.8, 1].map((share) => Math.round(CHURN_EVENTS * share));
    const heap: number[] = [];
    const expiredSeen: string[] = [];
    let delivered = 0;
    try {
      for (const event of churn(CHURN_EVENTS)) {
        ingest.push(event);
        delivered++;
        if (delivered % BATCH === 0) ingest.flush();
        vi.advanceTimersByTime(STEP_MS);
        if (!checkpoints.includes(delivered)) continue;
        ingest.flush();
        const now = Date.now();
        for (const [conversation, typists] of Object.entries(controller.store.getState().typing)) {
          for (const [key, typist] of Object.entries(typists)) {
            if (typist.expiresAt <= now) expiredSeen.push(`${conversation}/${key}`);
          }
        }
        // The store's single expiry timer is all that may be pending.
        expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
        heap.push(heapAfterGc());
      }
    } finally {
      ingest.destroy();
      controller.destroy();
    }
    const growth = (heap.at(-1) ?? 0) - (heap[0] ?? 0);
    console.info(
      `churn: ${delivered} events, heap at checkpoints (MB) ${heap.map((bytes) => (bytes / 2 ** 20).toFixed(2)).join(" / ")}, growth 20%->100% ${(growth / 2 ** 20).toFixed(2)} MB`,
    );
    expect(delivered).toBe(CHURN_EVENTS);
    expect(errors).toEqual([]);
    expect(expiredSeen).toEqual([]);
    expect(growth).toBeLessThan(BOUND_BYTES);
  },
  timeoutFor(CHURN_EVENTS, 0.5),
);
