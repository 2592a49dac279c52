/** What a store change may know beside the state and the event: no clocks, no timers. */
export interface ReducerContext {
  /** Current time in milliseconds (typing expiry). */
  readonly now: number;
  /** How long a typist stays without a new `typing_on`. */
  readonly typingTimeoutMs: number;
}
