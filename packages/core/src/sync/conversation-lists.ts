import { patchListLoad } from "../store/sync-state";
import { RunningCounter, type SyncContext } from "./context";
import { LiveCounts } from "./live-counts";
import { type LoadOutcome, noApiError, toUniLinkError } from "./outcomes";
import { type ConversationListQuery, conversationQueryKey } from "./query";

function sameIds(stored: readonly number[] | undefined, listed: Set<number>): boolean {
  if (!stored || stored.length !== listed.size) return false;
  let index = 0;
  for (const id of listed) if (stored[index++] !== id) return false;
  return true;
}

interface LoadedList {
  query: ConversationListQuery;
  /** Conversation ids the server listed, so a resync can tell which ones left the list. */
  ids: Set<number>;
}

/**
 * Loads conversation lists page by page into the store, tracks their load
 * state in `state.sync.lists`, and refetches every loaded page on resync.
 */
export class ConversationLists {
  readonly #ctx: SyncContext;
  readonly #loaded = new Map<string, LoadedList>();
  readonly #inFlight = new Map<string, Promise<LoadOutcome>>();
  readonly #running = new RunningCounter<string>();
  readonly #counts: LiveCounts;

  /** `meUserId`: the signed-in agent, whose `mine_count` follows assignments. */
  constructor(ctx: SyncContext, meUserId?: number) {
    this.#ctx = ctx;
    this.#counts = new LiveCounts(ctx, {
      meUserId,
      lists: () => [...this.#loaded].map(([key, list]) => [key, list.query] as const),
      refresh: () => void this.#refreshCounts(),
    });
  }

  /** Stops following the store (live counts). */
  destroy(): void {
    this.#counts.destroy();
  }

  /** True when some list was loaded (a resync has work to do). */
  get hasLoaded(): boolean {
    return this.#loaded.size > 0;
  }

  /** Loads (or reloads) the first page. Concurrent calls share one request. */
  load(query: ConversationListQuery = {}): Promise<LoadOutcome> {
    return this.#page(query, 1);
  }

  /** Loads the next page; the first page when nothing was loaded yet. */
  loadMore(query: ConversationListQuery = {}): Promise<LoadOutcome> {
    const key = conversationQueryKey(query);
    const state = this.#ctx.controller.store.getState().sync.lists[key];
    if (!state?.loaded) return this.load(query);
    if (!state.hasMore) return Promise.resolve({ ok: true });
    return this.#page(query, state.pages + 1);
  }

  /**
   * Refetches every loaded page of every loaded list; conversations that
   * left a list (status or assignee changed while offline) are fetched one
   * by one. Resolves with the ids seen and the first error.
   */
  async refetchAll(): Promise<{ seen: Set<number>; error?: unknown }> {
    const seen = new Set<number>();
    const missing = new Set<number>();
    let firstError: unknown;
    for (const [key, list] of [...this.#loaded]) {
      const pages = this.#ctx.controller.store.getState().sync.lists[key]?.pages ?? 1;
      const before = new Set(list.ids);
      list.ids.clear();
      let failed = false;
      for (let page = 1; page <= pages && !failed; page++) {
        const outcome = await this.#page(list.query, page, true);
        if (!outcome.ok) {
          firstError ??= outcome.error;
          failed = true;
        }
      }
      if (failed) {
        for (const id of before) list.ids.add(id);
        continue;
      }
      for (const id of list.ids) seen.add(id);
      for (const id of before) if (!list.ids.has(id)) missing.add(id);
    }
    const left = [...missing].filter((id) => !seen.has(id));
    const error = await this.#refreshEach(left, seen);
    return { seen, error: firstError ?? error };
  }

  /**
   * Refetches the counts: lists with the same status, inbox and team share
   * them (the assignee filter does not change them), so one first page per
   * such scope is fetched and its counts copied to its siblings.
   */
  async #refreshCounts(): Promise<void> {
    const scopes = new Map<string, string[]>();
    for (const [key, list] of this.#loaded) {
      const { status, inboxId, teamId } = list.query;
      const scope = conversationQueryKey({ status, inboxId, teamId });
      scopes.set(scope, [...(scopes.get(scope) ?? []), key]);
    }
    await Promise.all(
      [...scopes.values()].map(async ([first, ...siblings]) => {
        const list = this.#loaded.get(first as string);
        if (!list || !(await this.#page(list.query, 1, true)).ok) return;
        const counts = this.#ctx.controller.store.getState().sync.lists[first as string]?.counts;
        if (!counts) return;
        this.#ctx.controller.updateSync((sync) =>
          siblings.reduce((next, key) => patchListLoad(next, key, { counts }), sync),
        );
      }),
    );
  }

  async #refreshEach(ids: number[], seen: Set<number>): Promise<unknown> {
    const { backend, controller } = this.#ctx;
    if (!backend?.getConversation) return undefined;
    let firstError: unknown;
    for (const id of ids) {
      try {
        const conversation = await backend.getConversation(id);
        // Part of a resync whose list pages brought fresh counts: this move is in them.
        this.#counts.listing(() => controller.hydrate({ conversations: [conversation] }));
        seen.add(id);
      } catch (error) {
        firstError ??= error;
        this.#ctx.report(toUniLinkError(error));
      }
    }
    return firstError;
  }

  #page(query: ConversationListQuery, page: number, refetch = false): Promise<LoadOutcome> {
    const key = conversationQueryKey(query);
    const flightKey = `${key}#${page}`;
    const running = this.#inFlight.get(flightKey);
    if (running) return running;
    const promise = this.#fetch(query, key, page, refetch).finally(() =>
      this.#inFlight.delete(flightKey),
    );
    this.#inFlight.set(flightKey, promise);
    return promise;
  }

  async #fetch(
    query: ConversationListQuery,
    key: string,
    page: number,
    refetch: boolean,
  ): Promise<LoadOutcome> {
    const { backend, controller } = this.#ctx;
    if (!backend) return { ok: false, error: noApiError() };
    this.#running.start(key);
    controller.updateSync((sync) => patchListLoad(sync, key, { isLoading: true }));
    try {
      const result = await backend.listConversations(query, page);
      this.#counts.listing(() => controller.hydrate({ conversations: result.conversations }));
      const list = this.#loaded.get(key) ?? { query, ids: new Set<number>() };
      if (page === 1 && !refetch) list.ids.clear();
      for (const conversation of result.conversations) list.ids.add(conversation.id);
      this.#loaded.set(key, list);
      const isLoading = this.#running.end(key);
      controller.updateSync((sync) => {
        const previous = sync.lists[key];
        const pages = previous?.pages ?? 0;
        return patchListLoad(sync, key, {
          isLoading,
          error: null,
          loaded: true,
          // A refetch keeps how far the user scrolled; a load moves to the page it fetched.
          pages: refetch ? Math.max(pages, page) : page,
          hasMore: refetch && page < pages ? (previous?.hasMore ?? true) : result.hasMore,
          counts: result.counts ?? previous?.counts ?? null,
          ids: sameIds(previous?.ids, list.ids) ? (previous?.ids ?? []) : [...list.ids],
        });
      });
      return { ok: true };
    } catch (cause) {
      const error = toUniLinkError(cause);
      const isLoading = this.#running.end(key);
      controller.updateSync((sync) => patchListLoad(sync, key, { isLoading, error }));
      this.#ctx.report(error);
      return { ok: false, error };
    }
  }
}
