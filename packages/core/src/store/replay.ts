import type { UniLinkError } from "../errors";
import { isForeignEvent } from "../event-table";
import type { UniLinkEvent } from "../schema/events";
import { parseEvent } from "../schema/parse-event";
import type { UniLinkStoreController } from "./create-store";

/** An event as recorded (e.g. by the devtools): the name as received and its raw data. */
export interface RecordedEvent {
  /** Event name, as received. */
  event: string;
  /** The event's data, unvalidated. */
  data: unknown;
}

/** What {@link replayEvents} did. */
export interface ReplayOutcome {
  /** Events applied to the store. */
  applied: number;
  /** Events left out: unknown names, and events of another account than the store's. */
  skipped: number;
  /** Events whose data failed validation. */
  errors: UniLinkError[];
}

/**
 * Applies recorded events to a store the way the socket does: each is
 * validated again, events of another account are dropped, and the rest go
 * through the event table in one batch with the store's own options
 * (typing timeout, clock). Listeners are not called.
 *
 * @example
 * const controller = createUniLinkStore({ accountId: 1 });
 * replayEvents(controller, [{ event: "message.created", data: payload }]);
 */
export function replayEvents(
  controller: UniLinkStoreController,
  events: readonly RecordedEvent[],
): ReplayOutcome {
  const outcome: ReplayOutcome = { applied: 0, skipped: 0, errors: [] };
  const batch: UniLinkEvent[] = [];
  const accountId = controller.store.getState().accountId;
  for (const recorded of events) {
    const parsed = parseEvent({ event: recorded.event, data: recorded.data });
    if (!parsed.ok) outcome.errors.push(parsed.error);
    else if (parsed.event.unknown || isForeignEvent(parsed.event, accountId)) outcome.skipped++;
    else batch.push(parsed.event);
  }
  controller.dispatch(batch);
  outcome.applied = batch.length;
  return outcome;
}
