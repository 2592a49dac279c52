/**
 * The presence heartbeat: one beat when started, then one every
 * `intervalMs`. An interval of 0 turns it off entirely.
 */
export class Heartbeat {
  readonly #intervalMs: number;
  readonly #beat: () => void;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(intervalMs: number, beat: () => void) {
    this.#intervalMs = intervalMs;
    this.#beat = beat;
  }

  /** Beats now and every interval from now on. */
  start(): void {
    this.stop();
    if (this.#intervalMs <= 0) return;
    this.#timer = setInterval(this.#beat, this.#intervalMs);
    this.#beat();
  }

  /** Beats now if running, e.g. when the page becomes visible again. */
  beatNow(): void {
    if (this.#timer !== undefined) this.#beat();
  }

  /** Stops beating. */
  stop(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
