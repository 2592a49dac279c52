import type { TabLocks } from "./transport";

/** What a {@link Leadership} tells its page. */
export interface LeadershipHandlers {
  /** This page now holds the lock: it leads. */
  acquired(): void;
  /** Another page stole the lock: this page no longer leads. */
  lost(): void;
  /** The lock manager failed for another reason than an abort. */
  failed(error: unknown): void;
}

const isAbort = (error: unknown) =>
  typeof error === "object" &&
  error !== null &&
  (error as { name?: unknown }).name === "AbortError";

/**
 * One page's place in the queue for a tab group's leader lock. The lock is
 * held until {@link leave} (or until the page goes away, when the browser
 * frees it and the next page in line leads); {@link steal} takes it from a
 * leader that stopped answering.
 */
export class Leadership {
  readonly #locks: TabLocks;
  readonly #name: string;
  readonly #handlers: LeadershipHandlers;
  // Bumped by every join/steal/leave, so answers to an older request are ignored.
  #attempt = 0;
  #waiting: AbortController | undefined;
  #release: (() => void) | undefined;

  constructor(locks: TabLocks, name: string, handlers: LeadershipHandlers) {
    this.#locks = locks;
    this.#name = name;
    this.#handlers = handlers;
  }

  /** The lock's name (for counting the pages waiting for it). */
  get name(): string {
    return this.#name;
  }

  /** True while this page holds the lock. */
  get leading(): boolean {
    return this.#release !== undefined;
  }

  /** Queues for the lock (no-op while queued or leading). */
  join(): void {
    if (this.#waiting || this.#release) return;
    const controller = new AbortController();
    this.#waiting = controller;
    this.#request({ signal: controller.signal });
  }

  /** Takes the lock now, from whoever holds it. */
  steal(): void {
    if (this.#release) return;
    this.#waiting?.abort();
    this.#waiting = undefined;
    this.#request({ steal: true });
  }

  /** Leaves the queue, or frees the lock for the next page in line. */
  leave(): void {
    this.#attempt++;
    this.#waiting?.abort();
    this.#waiting = undefined;
    const release = this.#release;
    this.#release = undefined;
    release?.();
  }

  #request(options: { signal?: AbortSignal; steal?: boolean }): void {
    const attempt = ++this.#attempt;
    let held = false;
    const hold = () => {
      if (attempt !== this.#attempt) return Promise.resolve();
      held = true;
      this.#waiting = undefined;
      return new Promise<void>((resolve) => {
        this.#release = resolve;
        this.#handlers.acquired();
      });
    };
    let request: Promise<void>;
    try {
      request = this.#locks.request(this.#name, options, hold);
    } catch (error) {
      this.#handlers.failed(error);
      return;
    }
    request.then(
      () => {},
      (error: unknown) => {
        if (attempt !== this.#attempt) return;
        if (held) {
          // Stolen while held: end our side of the hold too.
          const release = this.#release;
          this.#release = undefined;
          release?.();
          this.#handlers.lost();
        } else if (!isAbort(error)) {
          this.#waiting = undefined;
          this.#handlers.failed(error);
        }
      },
    );
  }
}
