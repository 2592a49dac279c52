// Captured at load so that tests faking timers (vi.useFakeTimers) do not stall waitFor.
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const realSetInterval = globalThis.setInterval;
const realClearInterval = globalThis.clearInterval;

/** Re-check period for predicates over state the server cannot see (e.g. a client's inbox). */
const FALLBACK_RECHECK_MS = 20;

/** Notifies listeners whenever server state changes; the basis of `waitFor`. */
export class ChangeSignal {
  readonly #listeners = new Set<() => void>();

  /** Calls `listener` after every change; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Tells every listener that something changed. */
  emit(): void {
    for (const listener of [...this.#listeners]) listener();
  }

  /**
   * Resolves once `predicate()` is true. Re-evaluated on every server change,
   * plus a slow re-check for predicates over client-side state. Rejects after
   * `timeoutMs` (real time, even under fake timers).
   */
  waitFor(predicate: () => boolean, timeoutMs = 2000): Promise<void> {
    if (predicate()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const finish = (error?: Error) => {
        unsubscribe();
        realClearTimeout(timeout);
        realClearInterval(recheck);
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        try {
          if (predicate()) finish();
        } catch (error) {
          finish(error instanceof Error ? error : new Error(String(error)));
        }
      };
      const unsubscribe = this.subscribe(check);
      const recheck = realSetInterval(check, FALLBACK_RECHECK_MS);
      const timeout = realSetTimeout(
        () => finish(new Error(`waitFor: condition still false after ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
  }
}
