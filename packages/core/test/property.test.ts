import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { UniLinkEvent } from "../src/schema/events";
import { selectConversationList } from "../src/selectors/conversation-list";
import { selectMessages } from "../src/selectors/messages";
import { createUniLinkStore } from "../src/store/create-store";
import type { UniLinkState } from "../src/store/state";
import { ACCOUNT_ID } from "./fixtures/payloads";
import { type ServerStep, serverHistory } from "./fixtures/server-history";

const step: fc.Arbitrary<ServerStep> = fc.oneof(
  fc.constant({ kind: "openConversation" as const }),
  fc.record({
    kind: fc.constant("message" as const),
    conversation: fc.nat(2),
    messageType: fc.constantFrom(0 as const, 1 as const, 2 as const),
    isPrivate: fc.boolean(),
    sameSecond: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("editMessage" as const),
    pick: fc.nat(),
    status: fc.constantFrom("delivered" as const, "read" as const),
  }),
  fc.record({ kind: fc.constant("deleteMessage" as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant("changeConversation" as const),
    conversation: fc.nat(2),
    status: fc.constantFrom(
      "open" as const,
      "resolved" as const,
      "pending" as const,
      "snoozed" as const,
    ),
    label: fc.option(fc.constantFrom("vip", "billing"), { nil: null }),
    double: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("contactReads" as const), conversation: fc.nat(2) }),
);

/** A delivery of `events`: reordered, with doubles, cut into batches of random sizes. */
const delivery = (events: UniLinkEvent[]) =>
  fc
    .record({
      doubles: fc.array(fc.nat(Math.max(0, events.length - 1)), { maxLength: 10 }),
      order: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
        minLength: events.length + 10,
        maxLength: events.length + 10,
      }),
      cuts: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: events.length + 10 }),
    })
    .map(({ doubles, order, cuts }) => {
      const withDoubles = [...events, ...doubles.flatMap((index) => events[index] ?? [])];
      const shuffled = withDoubles
        .map((item, index) => ({ item, key: order[index] ?? 0 }))
        .sort((a, b) => a.key - b.key)
        .map(({ item }) => item);
      const batches: UniLinkEvent[][] = [];
      let start = 0;
      for (const size of cuts) {
        if (start >= shuffled.length) break;
        batches.push(shuffled.slice(start, start + size));
        start += size;
      }
      if (start < shuffled.length) batches.push(shuffled.slice(start));
      return batches;
    });

/**
 * What a user sees. `unread_count` is left out on purpose: the client's
 * increment for a message that arrives before its conversation cannot be
 * reconciled without a later conversation payload (the server's count wins
 * then); its rules have unit tests of their own.
 */
function visible(state: UniLinkState) {
  const conversations = selectConversationList(state).map(
    ({ unread_count: _unread, ...rest }) => rest,
  );
  const messages = Object.fromEntries(
    Object.keys(state.messages).map((id) => [id, selectMessages(state, Number(id))]),
  );
  return { conversations, messages };
}

function run(batches: UniLinkEvent[][]): UniLinkState {
  const controller = createUniLinkStore({ accountId: ACCOUNT_ID, now: () => 0 });
  for (const batch of batches) controller.dispatch(batch);
  controller.destroy();
  return controller.store.getState();
}

describe("property: delivery order does not change what users see", () => {
  it("reordered, doubled, batched delivery ends where in-order delivery ends", () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 1, maxLength: 40 }).chain((steps) => {
          const events = serverHistory([{ kind: "openConversation" }, ...steps]);
          return fc.tuple(fc.constant(events), delivery(events));
        }),
        ([events, batches]) => {
          const expected = run(events.map((single) => [single]));
          const actual = run(batches);
          expect(visible(actual)).toEqual(visible(expected));
          for (const list of Object.values(actual.messages)) {
            expect(new Set(list.ids).size).toBe(list.ids.length);
            expect(Object.keys(list.byId).sort()).toEqual([...list.ids].sort());
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("delivering the whole history twice changes nothing the second time (no duplicates)", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        const events = serverHistory([{ kind: "openConversation" }, ...steps]);
        const once = run([events]);
        const twice = run([events, events]);
        expect(visible(twice)).toEqual(visible(once));
      }),
      { numRuns: 200 },
    );
  });
});
