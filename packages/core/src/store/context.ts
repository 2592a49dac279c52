import type { UniLinkEventMap, UniLinkEventName } from "../schema/events";
import type { UniLinkState } from "./state";

/** What a reducer may know beside the state and the event: no clocks, no timers. */
export interface ReducerContext {
  /** Current time in milliseconds (typing expiry). */
  readonly now: number;
  /** How long a typist stays without a new `typing_on`. */
  readonly typingTimeoutMs: number;
}

/**
 * A pure function from state and one event's data to the next state. It
 * returns `state` itself when the event changes nothing.
 */
export type Reducer<N extends UniLinkEventName> = (
  state: UniLinkState,
  data: UniLinkEventMap[N],
  context: ReducerContext,
) => UniLinkState;
