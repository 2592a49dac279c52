import type { Notification } from "../schema/notification";
import type { SyncContext } from "./context";
import { type LoadOutcome, noApiError, toUniLinkError } from "./outcomes";

/**
 * Marks notifications read, optimistically: they show as read and the
 * unread count drops at once; the server is told next. If it refuses, the
 * change is undone where nothing newer replaced it (a live
 * `notification.*` event carries the server's truth and wins), and the
 * typed error goes to `onError` and into the outcome.
 */
export class NotificationReads {
  readonly #ctx: SyncContext;

  constructor(ctx: SyncContext) {
    this.#ctx = ctx;
  }

  async markRead(ids: readonly number[] | "all"): Promise<LoadOutcome> {
    const { backend, controller } = this.#ctx;
    if (!backend?.markNotificationsRead) return { ok: false, error: noApiError() };
    const before = controller.store.getState().notifications;
    const wanted = ids === "all" ? before.ids : ids;
    const marked = wanted
      .map((id) => before.byId[id])
      .filter((n): n is Notification => n !== undefined && n.read_at == null);
    const readAt = Math.floor(this.#ctx.now() / 1000);
    const unreadCount = ids === "all" ? 0 : Math.max(0, before.unreadCount - marked.length);
    controller.hydrate({
      notifications: marked.map((n) => ({ ...n, read_at: readAt })),
      notificationCounts: { unreadCount },
    });
    try {
      await backend.markNotificationsRead(ids);
      return { ok: true };
    } catch (cause) {
      const error = toUniLinkError(cause);
      this.#rollBack(marked, readAt, unreadCount, before.unreadCount);
      this.#ctx.report(error);
      return { ok: false, error };
    }
  }

  #rollBack(marked: Notification[], readAt: number, optimistic: number, previous: number): void {
    const now = this.#ctx.controller.store.getState().notifications;
    const untouched = marked.filter((n) => now.byId[n.id]?.read_at === readAt);
    this.#ctx.controller.hydrate({
      notifications: untouched.map((n) => ({ ...n, read_at: null })),
      // A count the server sent since is newer than both; only our own guess is undone.
      ...(now.unreadCount === optimistic ? { notificationCounts: { unreadCount: previous } } : {}),
    });
  }
}
