import type { UniLinkClient, UniLinkState } from "@unilink/core";

/** Svelte's store contract: `$store` in a component subscribes and unsubscribes by itself. */
export interface Readable<T> {
  subscribe(run: (value: T) => void): () => void;
}

/**
 * Any slice of a UniLink store as a Svelte readable (Vue, Solid and Angular
 * signals can wrap the same `subscribe`). `select` should be one of core's
 * memoized selectors or return a stored object, so unchanged slices are `===`.
 */
export function readable<T>(
  client: UniLinkClient,
  select: (state: UniLinkState) => T,
): Readable<T> {
  return {
    subscribe(run) {
      let current = select(client.store.getState());
      run(current);
      return client.store.subscribe((state) => {
        const next = select(state);
        if (next !== current) {
          current = next;
          run(next);
        }
      });
    },
  };
}
