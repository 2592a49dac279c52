/**
 * For every loaded thread, the newest server message id up to which the
 * store is known to hold the whole history ("synced up to"). It moves with
 * REST pages that connect to it and with live message events, but never
 * with a conversation's preview message (which would hide a gap), and not
 * while the thread may have missed events (`stale`: the socket was down,
 * the page slept) until a catch-up succeeds.
 */
export class Watermarks {
  readonly #marks = new Map<number, number | undefined>();
  readonly #stale = new Set<number>();
  // Bumped by every markAllStale, so a catch-up that began before a new loss does not clear it.
  #epoch = 0;

  /** Changes whenever threads were marked stale; pass it back to {@link markFresh}. */
  get epoch(): number {
    return this.#epoch;
  }

  /** Threads being tracked (loaded at least once). */
  ids(): number[] {
    return [...this.#marks.keys()];
  }

  /** The thread's mark; `undefined` when it has no message yet (or is not tracked). */
  get(conversationId: number): number | undefined {
    return this.#marks.get(conversationId);
  }

  /** True for a tracked thread. */
  has(conversationId: number): boolean {
    return this.#marks.has(conversationId);
  }

  /** Starts tracking a thread; a thread loaded while offline starts stale. */
  track(conversationId: number, mark: number | undefined, stale: boolean): void {
    this.#marks.set(conversationId, mark);
    if (stale) this.#stale.add(conversationId);
  }

  /** Moves the mark up (never down). */
  advance(conversationId: number, id: number | undefined): void {
    if (id === undefined || !this.#marks.has(conversationId)) return;
    const current = this.#marks.get(conversationId);
    if (current === undefined || id > current) this.#marks.set(conversationId, id);
  }

  /** A live message event: moves the mark unless the thread may have a gap. */
  observe(conversationId: number, id: number): void {
    if (!this.#stale.has(conversationId)) this.advance(conversationId, id);
  }

  /** Every thread may have missed events from now on. */
  markAllStale(): void {
    this.#epoch++;
    for (const id of this.#marks.keys()) this.#stale.add(id);
  }

  /** The thread caught up with everything up to when `epoch` was read (nothing was lost since). */
  markFresh(conversationId: number, epoch: number): void {
    if (epoch === this.#epoch) this.#stale.delete(conversationId);
  }
}
