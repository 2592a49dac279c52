import type { Message } from "../schema/message";
import { patchThreadLoad } from "../store/sync-state";
import { AFTER_PAGE_LIMIT, MESSAGE_PAGE_SIZE } from "./backend";
import { RunningCounter, type SyncContext } from "./context";
import { idRange, oldestServerId } from "./message-ids";
import { type LoadOutcome, noApiError, toUniLinkError } from "./outcomes";
import { Watermarks } from "./watermarks";

// A server that keeps answering full pages must not keep a resync going forever.
const MAX_CATCH_UP_PAGES = 50;

/**
 * Loads conversation messages into the store (latest page, older pages),
 * tracks their load state in `state.sync.threads`, and catches a thread up
 * with what it missed.
 */
export class MessageThreads {
  readonly #ctx: SyncContext;
  readonly #inFlight = new Map<string, Promise<LoadOutcome>>();
  readonly #running = new RunningCounter<number>();
  readonly #marks = new Watermarks();
  readonly #isOnline: () => boolean;

  constructor(ctx: SyncContext, isOnline: () => boolean) {
    this.#ctx = ctx;
    this.#isOnline = isOnline;
  }

  /** Conversations whose messages were loaded. */
  loadedIds(): number[] {
    return this.#marks.ids();
  }

  /** A live message event (created/updated) for a conversation. */
  observe(conversationId: number, messageId: number): void {
    this.#marks.observe(conversationId, messageId);
  }

  /** The socket went down or the page slept: loaded threads may have gaps until caught up. */
  markAllStale(): void {
    this.#marks.markAllStale();
  }

  /** Loads the latest page. Concurrent calls for one conversation share a request. */
  loadLatest(conversationId: number): Promise<LoadOutcome> {
    return this.#once(
      `${conversationId}:latest`,
      async () => {
        const page = await this.#backend().latestMessages(conversationId);
        this.#store(conversationId, page);
        this.#markLatest(conversationId, page);
        const thread = this.#ctx.controller.store.getState().sync.threads[conversationId];
        // Reloading the latest page must not forget that older pages were already walked.
        return { hasMore: thread?.loaded ? thread.hasMore : page.length >= MESSAGE_PAGE_SIZE };
      },
      conversationId,
    );
  }

  /** Loads the page before the oldest stored message; the latest page when nothing was loaded. */
  loadOlder(conversationId: number): Promise<LoadOutcome> {
    const list = this.#ctx.controller.store.getState().messages[conversationId];
    const oldest = oldestServerId(list);
    if (oldest === undefined || !this.#marks.has(conversationId)) {
      return this.loadLatest(conversationId);
    }
    return this.#once(
      `${conversationId}:before:${oldest}`,
      async () => {
        const page = await this.#backend().messagesBefore(conversationId, oldest);
        this.#store(conversationId, page);
        return { hasMore: page.length >= MESSAGE_PAGE_SIZE };
      },
      conversationId,
    );
  }

  /**
   * Fetches everything newer than the thread's "synced up to" mark: agents
   * page forward with `after=` until a short page; contacts (no `after=`)
   * page back from the latest with `before=` until the mark is reached.
   * Rejects on a failed request (the mark stays, so a retry starts there).
   */
  async catchUp(conversationId: number): Promise<void> {
    const backend = this.#backend();
    const epoch = this.#marks.epoch;
    const mark = this.#marks.get(conversationId);
    if (mark === undefined) {
      const page = await backend.latestMessages(conversationId);
      this.#store(conversationId, page);
      this.#marks.advance(conversationId, idRange(page).max);
    } else if (backend.messagesAfter) {
      let after = mark;
      for (let round = 0; round < MAX_CATCH_UP_PAGES; round++) {
        const page = await backend.messagesAfter(conversationId, after);
        this.#store(conversationId, page);
        const { max } = idRange(page);
        this.#marks.advance(conversationId, max);
        if (page.length < AFTER_PAGE_LIMIT || max === undefined || max <= after) break;
        after = max;
      }
    } else {
      let page = await backend.latestMessages(conversationId);
      const newest = idRange(page).max;
      for (let round = 0; round < MAX_CATCH_UP_PAGES; round++) {
        this.#store(conversationId, page);
        const { min } = idRange(page);
        if (page.length < MESSAGE_PAGE_SIZE || min === undefined || min <= mark) break;
        page = await backend.messagesBefore(conversationId, min);
      }
      this.#marks.advance(conversationId, newest);
    }
    this.#marks.markFresh(conversationId, epoch);
  }

  /** After a latest page: start tracking, or move the mark when the page reaches it. */
  #markLatest(conversationId: number, page: readonly Message[]): void {
    const { min, max } = idRange(page);
    if (!this.#marks.has(conversationId)) {
      this.#marks.track(conversationId, max, !this.#isOnline());
      return;
    }
    const mark = this.#marks.get(conversationId);
    const connects =
      mark === undefined || page.length < MESSAGE_PAGE_SIZE || (min !== undefined && min <= mark);
    if (connects) this.#marks.advance(conversationId, max);
  }

  #backend() {
    const backend = this.#ctx.backend;
    if (!backend) throw noApiError();
    return backend;
  }

  #store(conversationId: number, page: readonly Message[]): void {
    if (page.length > 0)
      this.#ctx.controller.hydrate({ messages: [{ conversationId, messages: page }] });
  }

  #once(
    key: string,
    run: () => Promise<{ hasMore: boolean }>,
    conversationId: number,
  ): Promise<LoadOutcome> {
    const running = this.#inFlight.get(key);
    if (running) return running;
    const promise = this.#track(conversationId, run).finally(() => this.#inFlight.delete(key));
    this.#inFlight.set(key, promise);
    return promise;
  }

  async #track(
    conversationId: number,
    run: () => Promise<{ hasMore: boolean }>,
  ): Promise<LoadOutcome> {
    const { controller } = this.#ctx;
    if (!this.#ctx.backend) return { ok: false, error: noApiError() };
    this.#running.start(conversationId);
    controller.updateSync((sync) => patchThreadLoad(sync, conversationId, { isLoading: true }));
    try {
      const { hasMore } = await run();
      const isLoading = this.#running.end(conversationId);
      controller.updateSync((sync) =>
        patchThreadLoad(sync, conversationId, { isLoading, error: null, loaded: true, hasMore }),
      );
      return { ok: true };
    } catch (cause) {
      const error = toUniLinkError(cause);
      const isLoading = this.#running.end(conversationId);
      controller.updateSync((sync) => patchThreadLoad(sync, conversationId, { isLoading, error }));
      this.#ctx.report(error);
      return { ok: false, error };
    }
  }
}
