// A ping can arrive late (a busy server, the network): without slack, a beat
// sent by a ping just after the due time reaches the platform at the edge of
// its window. With Rails' 3 s pings and a 20 s window, beats come every 18 s
// either way; only the first one after connect (not in phase with the pings)
// comes at most 19 s after, not 20.
const LATE_PING_SLACK_MS = 1_000;

/**
 * The presence heartbeat: one beat when started, then one whenever a beat
 * is due. The platform marks an agent offline 20 s after their last beat,
 * and browsers run a hidden page's timers as rarely as once a minute, so the
 * timer alone cannot keep that window. Server pings are network events,
 * which browsers do not throttle: the first ping that arrives once
 * `intervalMs - earlyMs` minus a second of slack have passed sends the
 * beat, a little before the timer would. The timer still covers a server
 * that sends no pings. An interval of 0 turns it off entirely.
 */
export class Heartbeat {
  readonly #intervalMs: number;
  readonly #dueAfterMs: number;
  readonly #beat: () => void;
  readonly #now: () => number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #lastBeatAt = 0;

  /** `earlyMs`: how much sooner than `intervalMs` a ping may send the beat (the ping period). */
  constructor(intervalMs: number, earlyMs: number, beat: () => void, now: () => number = Date.now) {
    this.#intervalMs = intervalMs;
    this.#dueAfterMs = Math.max(intervalMs / 2, intervalMs - earlyMs - LATE_PING_SLACK_MS);
    this.#beat = beat;
    this.#now = now;
  }

  /** Beats now and whenever due from now on. */
  start(): void {
    this.stop();
    if (this.#intervalMs <= 0) return;
    this.#beatAndRearm();
  }

  /** True between `start()` and `stop()` (never with an interval of 0). */
  get running(): boolean {
    return this.#timer !== undefined;
  }

  /** A server ping arrived: beats if one is due. */
  onPing(): void {
    if (this.#timer === undefined) return;
    if (this.#now() - this.#lastBeatAt >= this.#dueAfterMs) this.#beatAndRearm();
  }

  /** Beats now if running, e.g. when the page becomes visible again. */
  beatNow(): void {
    if (this.#timer !== undefined) this.#beatAndRearm();
  }

  /** Stops beating. */
  stop(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #beatAndRearm(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#lastBeatAt = this.#now();
    this.#timer = setTimeout(() => this.#beatAndRearm(), this.#intervalMs);
    this.#beat();
  }
}
