/**
 * A set of callbacks called in order; a callback that throws is reported to
 * `onThrow` and does not stop the others.
 */
export class ListenerSet<Args extends unknown[]> {
  readonly #listeners = new Set<(...args: Args) => void>();

  /** Adds `listener`; returns a function removing it. */
  add(listener: (...args: Args) => void): () => void {
    // Wrapped so that adding the same function twice yields two independent subscriptions.
    const entry = (...args: Args) => listener(...args);
    this.#listeners.add(entry);
    return () => {
      this.#listeners.delete(entry);
    };
  }

  /** Calls every listener with `args`. */
  emit(args: Args, onThrow: (error: unknown) => void): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(...args);
      } catch (error) {
        onThrow(error);
      }
    }
  }

  /** Removes every listener. */
  clear(): void {
    this.#listeners.clear();
  }
}
