import type { UniLinkState } from "../store/state";
import { patchListLoad, type SyncState } from "../store/sync-state";
import type { SyncContext } from "./context";
import { shiftCounts } from "./count-shift";
import type { ConversationListQuery } from "./query";

/** What {@link LiveCounts} needs from the conversation lists. */
export interface LiveCountsOptions {
  /** The signed-in agent (for `mine_count`). */
  meUserId: number | undefined;
  /** Loaded lists: load-state key and query. */
  lists: () => Iterable<readonly [string, ConversationListQuery]>;
  /** Refetches the counts from the server (first page of every counted list). */
  refresh: () => void;
  /** Wait this long for more unknown conversations before one refresh. Default 250. */
  refreshDelayMs?: number;
}

type Conversations = UniLinkState["conversations"];

/**
 * Keeps the server's list counts (`mine_count`, `all_count`...) in step with
 * every change of a stored conversation, whatever made it (live events,
 * optimistic actions, single fetches): a conversation entering or leaving a
 * list's scope moves its counts at once. A conversation the store did not
 * know before cannot be placed (it may have been counted on a page never
 * loaded), so the counts are refetched for it, once per burst. List pages
 * bring their own counts: changes they hydrate are not counted again.
 */
export class LiveCounts {
  readonly #ctx: SyncContext;
  readonly #options: LiveCountsOptions;
  readonly #unsubscribe: () => void;
  #listing = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(ctx: SyncContext, options: LiveCountsOptions) {
    this.#ctx = ctx;
    this.#options = options;
    this.#unsubscribe = ctx.controller.store.subscribe((state, previous) => {
      if (this.#listing > 0 || state.conversations === previous.conversations) return;
      this.#shift(previous.conversations, state.conversations);
    });
  }

  /** Runs `hydrate` (a list page, which carries its own counts) without shifting counts. */
  listing<T>(hydrate: () => T): T {
    this.#listing++;
    try {
      return hydrate();
    } finally {
      this.#listing--;
    }
  }

  /** Stops following the store. */
  destroy(): void {
    this.#unsubscribe();
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #shift(before: Conversations, after: Conversations): void {
    const counted = [...this.#options.lists()].filter(
      ([key]) => this.#ctx.controller.store.getState().sync.lists[key]?.counts,
    );
    if (counted.length === 0) return;
    const changed: number[] = [];
    for (const key in after) if (after[key as never] !== before[key as never]) changed.push(+key);
    for (const key in before) if (!(key in after)) changed.push(+key);
    let unknown = false;
    const { meUserId } = this.#options;
    this.#ctx.controller.updateSync((sync) => {
      let next: SyncState = sync;
      for (const [key, query] of counted) {
        const start = next.lists[key]?.counts;
        if (!start) continue;
        let counts = start;
        for (const id of changed) {
          if (before[id] === undefined) {
            unknown = true;
            continue;
          }
          counts = shiftCounts(counts, query, meUserId, before[id], after[id]);
        }
        if (counts !== start) next = patchListLoad(next, key, { counts });
      }
      return next;
    });
    if (unknown) this.#refreshSoon();
  }

  #refreshSoon(): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#options.refresh();
    }, this.#options.refreshDelayMs ?? 250);
  }
}
