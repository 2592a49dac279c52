/**
 * Detects a half-open socket: one that stays OPEN while nothing arrives.
 * Any received frame counts (not only pings), because heavy traffic can
 * delay pings.
 */
export class Liveness {
  readonly #staleAfterMs: number;
  readonly #checkEveryMs: number;
  readonly #onStale: () => void;
  #lastFrameAt = 0;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(staleAfterMs: number, checkEveryMs: number, onStale: () => void) {
    this.#staleAfterMs = staleAfterMs;
    this.#checkEveryMs = checkEveryMs;
    this.#onStale = onStale;
  }

  /** Starts watching a freshly opened socket. */
  start(): void {
    this.stop();
    this.#lastFrameAt = Date.now();
    this.#timer = setInterval(() => {
      if (!this.isStale()) return;
      this.stop();
      this.#onStale();
    }, this.#checkEveryMs);
  }

  /** Records that a frame arrived. */
  touch(): void {
    this.#lastFrameAt = Date.now();
  }

  /** True while watching and nothing arrived for longer than the stale window. */
  isStale(): boolean {
    return this.#timer !== undefined && Date.now() - this.#lastFrameAt > this.#staleAfterMs;
  }

  /** Stops watching (socket closed). */
  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
