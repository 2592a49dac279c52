import type { UniLinkError } from "../errors";
import type { UniLinkStoreController } from "../store/create-store";
import type { SyncBackend } from "./backend";

/** What the sync parts share: the store, the REST backend (if any) and error reporting. */
export interface SyncContext {
  readonly controller: UniLinkStoreController;
  /** Absent when the client was created without `api`. */
  readonly backend: SyncBackend | undefined;
  /** Sends an error to the app's `onError`. */
  readonly report: (error: UniLinkError) => void;
  /** Clock in ms. */
  readonly now: () => number;
}

/** Runs `task` for every item, at most `limit` at a time. */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Counts requests running per key, so a collection stays "loading" until the last one ends. */
export class RunningCounter<K> {
  readonly #counts = new Map<K, number>();

  /** One more request for `key`. */
  start(key: K): void {
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
  }

  /** One request for `key` ended; true while others still run. */
  end(key: K): boolean {
    const left = (this.#counts.get(key) ?? 1) - 1;
    if (left > 0) this.#counts.set(key, left);
    else this.#counts.delete(key);
    return left > 0;
  }
}
