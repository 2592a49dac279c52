import type { UniLinkError } from "../errors";
import { setResyncState } from "../store/sync-state";
import { forEachLimited, type SyncContext } from "./context";
import type { ConversationLists } from "./conversation-lists";
import type { MessageThreads } from "./message-threads";
import type { NotificationFeed } from "./notification-feed";
import { noApiError, type ResyncResult, toUniLinkError } from "./outcomes";

/** Threads caught up at the same time. */
const PARALLEL_THREADS = 4;

/** What a {@link Resyncer} drives. */
export interface ResyncerParts {
  lists: ConversationLists;
  threads: MessageThreads;
  notifications: NotificationFeed;
  /** Shows `resyncing` (ClientStatus.markResyncing). */
  markResyncing: (on: boolean) => void;
  /** Told about every finished run. */
  onResult: (result: ResyncResult) => void;
}

/**
 * Refetches what the socket may have missed (events are never replayed):
 * every loaded conversation list, page by page; every loaded thread from
 * its newest known message; the agent's notifications. Everything goes
 * through the store's merge rules, so events arriving meanwhile neither
 * duplicate nor roll back. A request during a run schedules one more run.
 */
export class Resyncer {
  readonly #ctx: SyncContext;
  readonly #parts: ResyncerParts;
  #current: Promise<ResyncResult> | undefined;
  #again = false;
  #destroyed = false;

  constructor(ctx: SyncContext, parts: ResyncerParts) {
    this.#ctx = ctx;
    this.#parts = parts;
  }

  /** Runs a resync (or one more after the running one); resolves with the last run's result. */
  request(): Promise<ResyncResult> {
    this.#parts.markResyncing(true);
    if (this.#current) {
      this.#again = true;
      return this.#current;
    }
    this.#current = this.#loop().finally(() => {
      this.#current = undefined;
    });
    return this.#current;
  }

  /** Stops scheduling runs; a running one finishes without reporting. */
  destroy(): void {
    this.#destroyed = true;
  }

  async #loop(): Promise<ResyncResult> {
    let result: ResyncResult;
    do {
      this.#again = false;
      this.#parts.markResyncing(true);
      result = await this.#runOnce();
      if (this.#destroyed) return result;
      this.#parts.onResult(result);
    } while (this.#again);
    this.#parts.markResyncing(false);
    return result;
  }

  async #runOnce(): Promise<ResyncResult> {
    const { controller, backend, now } = this.#ctx;
    const started = now();
    controller.updateSync((sync) =>
      setResyncState(sync, { status: "running", at: started, error: null }),
    );
    const errors: UniLinkError[] = [];
    const attempt = async (step: () => Promise<void>) => {
      try {
        await step();
      } catch (cause) {
        const error = toUniLinkError(cause);
        errors.push(error);
        this.#ctx.report(error);
      }
    };
    if (!backend) errors.push(noApiError());
    else {
      const { seen, error } = await this.#parts.lists.refetchAll();
      if (error) errors.push(toUniLinkError(error));
      const threads = this.#parts.threads.loadedIds();
      if (backend.kind === "contact" && !this.#parts.lists.hasLoaded && threads.length > 0) {
        await attempt(async () => {
          const page = await backend.listConversations({}, 1);
          controller.hydrate({ conversations: page.conversations });
          for (const conversation of page.conversations) seen.add(conversation.id);
        });
      }
      await forEachLimited(threads, PARALLEL_THREADS, (id) =>
        attempt(async () => {
          await this.#parts.threads.catchUp(id);
          if (backend.getConversation && !seen.has(id)) {
            controller.hydrate({ conversations: [await backend.getConversation(id)] });
          }
        }),
      );
      if (backend.notifications) await attempt(() => this.#parts.notifications.load());
    }
    const error = errors[0];
    const at = now();
    controller.updateSync((sync) =>
      setResyncState(sync, { status: error ? "failed" : "ok", at, error: error ?? null }),
    );
    return error
      ? { ok: false, error, durationMs: at - started }
      : { ok: true, durationMs: at - started };
  }
}
