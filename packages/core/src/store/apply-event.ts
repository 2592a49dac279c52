import type { UniLinkEvent } from "../schema/events";
import type { ReducerContext } from "./context";
import { reducers } from "./reducers";
import type { UniLinkState } from "./state";

/** True when `event` belongs to another account than the subscribed one (multi-account agents). */
export function isForeignEvent(event: UniLinkEvent, accountId: number | null | undefined): boolean {
  if (accountId == null || event.unknown) return false;
  const eventAccount = (event.data as { account_id?: number | null }).account_id;
  return eventAccount != null && eventAccount !== accountId;
}

/**
 * Applies one event through the {@link reducers} table. Unknown events and
 * events of another account leave the state untouched.
 */
export function applyEvent(
  state: UniLinkState,
  event: UniLinkEvent,
  context: ReducerContext,
): UniLinkState {
  if (event.unknown || isForeignEvent(event, state.accountId)) return state;
  const reducer = reducers[event.event] as (
    state: UniLinkState,
    data: unknown,
    context: ReducerContext,
  ) => UniLinkState;
  return reducer(state, event.data, context);
}
