import { storeEvent } from "../event-table";
import type { UniLinkEvent } from "../schema/events";
import { createDrafts, type Drafts } from "./batch";
import type { ReducerContext } from "./context";
import { settle } from "./equal";
import type { UniLinkState } from "./state";

/**
 * Applies `events` in order as one copy-on-write batch and settles the
 * result against `state` ({@link settle}): `state` itself when
 * nothing changed. An event whose reducer throws is reported and left out.
 *
 * The events write in place to the batch's own copies (`drafts`, a fresh
 * {@link Drafts} per attempt). One that throws may have half-changed
 * them, so the batch is then redone from `state` without that event: the
 * result is the one of applying the other events one by one.
 */
export function applyEventBatch(
  state: UniLinkState,
  events: readonly UniLinkEvent[],
  context: ReducerContext,
  onFailure: (event: UniLinkEvent, cause: unknown) => void,
): UniLinkState {
  const failed = new Set<number>();
  for (;;) {
    let failure: { index: number; cause: unknown } | undefined;
    const drafts = createDrafts();
    let next = state;
    for (const [index, event] of events.entries()) {
      if (failed.has(index)) continue;
      try {
        next = storeEvent(next, event, context, drafts);
      } catch (cause) {
        failure = { index, cause };
        break;
      }
    }
    if (!failure) return settle(state, next, drafts);
    failed.add(failure.index);
    onFailure(events[failure.index] as UniLinkEvent, failure.cause);
  }
}
