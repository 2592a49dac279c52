/**
 * Escalating wait for `confirm_subscription`. A server whose `subscribed`
 * raises (a bad or rotated token) answers nothing at all, so silence is the
 * failure signal: after one timeout `retry` runs, after a second `giveUp`.
 */
export class ConfirmWatch {
  readonly #timeoutMs: number;
  readonly #retry: () => void;
  readonly #giveUp: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #retried = false;

  constructor(timeoutMs: number, retry: () => void, giveUp: () => void) {
    this.#timeoutMs = timeoutMs;
    this.#retry = retry;
    this.#giveUp = giveUp;
  }

  /** Starts (or restarts) waiting after a `subscribe` was sent. */
  start(): void {
    this.stop();
    this.#retried = false;
    this.#schedule();
  }

  /** Stops waiting (confirmed, or the socket went away). */
  stop(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#retried) {
        this.#giveUp();
        return;
      }
      this.#retried = true;
      this.#schedule();
      this.#retry();
    }, this.#timeoutMs);
  }
}
