import { SeededRandom } from "../factories/random";
import type { FakePlatform } from "../platform/fake-platform";
import { type ActionContext, TRAFFIC_ACTIONS } from "./traffic-actions";

/** Options of {@link TrafficSimulator}. */
export interface TrafficSimulatorOptions {
  platform: FakePlatform;
  /** Marks contacts present (the fake server's `markOnline`). */
  markOnline(target: { accountId: number; contactId: number }): void;
  /** The dashboard's user. */
  meId: number;
  accountId: number;
  seed: number;
  /** Events per minute; 0 = paused. */
  rate: number;
  /** An action failed (the simulator carries on). */
  onError?: (error: unknown) => void;
}

/**
 * Simulated life in the account: contacts write, colleagues type and reply,
 * conversations are resolved and assigned, the dashboard's user gets
 * mentioned. Every change goes through the platform model, so each event
 * reaches exactly whom the platform would send it to.
 */
export class TrafficSimulator {
  readonly #options: TrafficSimulatorOptions;
  readonly #random: SeededRandom;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();
  #next: ReturnType<typeof setTimeout> | undefined;
  #rate: number;

  constructor(options: TrafficSimulatorOptions) {
    this.#options = options;
    this.#random = new SeededRandom(options.seed + 1);
    this.#rate = Math.max(0, options.rate);
  }

  /** Current events per minute (0 = paused). */
  get rate(): number {
    return this.#rate;
  }

  /** Starts (or keeps) the simulation at the configured rate. */
  start(): void {
    if (this.#next === undefined) this.#schedule();
  }

  /** Changes the rate; 0 pauses. Actions already under way finish. */
  setRate(rate: number): void {
    this.#rate = Math.max(0, rate);
    if (this.#next !== undefined) clearTimeout(this.#next);
    this.#next = undefined;
    this.#schedule();
  }

  /** Runs one action now. Returns false when no action found anything to act on. */
  step(): boolean {
    const start = this.#pickActionIndex();
    // If the chosen action finds nothing (e.g. no open conversation), try the next kinds.
    for (let i = 0; i < TRAFFIC_ACTIONS.length; i++) {
      const entry = TRAFFIC_ACTIONS[(start + i) % TRAFFIC_ACTIONS.length];
      if (entry && this.#guard(() => entry[0](this.#context()))) return true;
    }
    return false;
  }

  /** Stops everything, including actions half way (a typist that has not sent yet). */
  stop(): void {
    if (this.#next !== undefined) clearTimeout(this.#next);
    this.#next = undefined;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  #pickActionIndex(): number {
    const total = TRAFFIC_ACTIONS.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.#random.next() * total;
    for (const [index, [, weight]] of TRAFFIC_ACTIONS.entries()) {
      roll -= weight;
      if (roll < 0) return index;
    }
    return 0;
  }

  #schedule(): void {
    if (this.#rate <= 0) return;
    const mean = 60_000 / this.#rate;
    this.#next = setTimeout(
      () => {
        this.#next = undefined;
        this.step();
        this.#schedule();
      },
      mean * (0.5 + this.#random.next()),
    );
  }

  #guard(fn: () => boolean): boolean {
    try {
      return fn();
    } catch (error) {
      this.#options.onError?.(error);
      return false;
    }
  }

  #context(): ActionContext {
    const { platform, meId, accountId } = this.#options;
    return {
      platform,
      random: this.#random,
      meId,
      accountId,
      later: (ms, fn) => {
        const timer = setTimeout(() => {
          this.#timers.delete(timer);
          this.#guard(() => {
            fn();
            return true;
          });
        }, ms);
        this.#timers.add(timer);
      },
      contactOnline: (contactId) => this.#options.markOnline({ accountId, contactId }),
    };
  }
}
