/**
 * Detects a half-open socket: one that stays OPEN while nothing arrives.
 * Any received frame counts (not only pings), because heavy traffic can
 * delay pings.
 *
 * One timeout is armed for the moment the socket would turn stale and is
 * re-armed from the last frame when it fires, so detection is exact
 * (stale window + at most a millisecond) without a timer per frame.
 */
export class Liveness {
  readonly #staleAfterMs: number;
  readonly #onStale: () => void;
  #lastFrameAt = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #watching = false;

  constructor(staleAfterMs: number, onStale: () => void) {
    this.#staleAfterMs = staleAfterMs;
    this.#onStale = onStale;
  }

  /** Starts watching a freshly opened socket. */
  start(): void {
    this.stop();
    this.#watching = true;
    this.#lastFrameAt = Date.now();
    this.#arm(this.#staleAfterMs + 1);
  }

  /** Records that a frame arrived. */
  touch(): void {
    this.#lastFrameAt = Date.now();
  }

  /** True while watching and nothing arrived for longer than the stale window. */
  isStale(): boolean {
    return this.#watching && Date.now() - this.#lastFrameAt > this.#staleAfterMs;
  }

  /** Stops watching (socket closed). */
  stop(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#watching = false;
  }

  #arm(delayMs: number): void {
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.isStale()) {
        this.stop();
        this.#onStale();
        return;
      }
      const quietFor = Date.now() - this.#lastFrameAt;
      this.#arm(Math.max(1, this.#staleAfterMs - quietFor + 1));
    }, delayMs);
  }
}
