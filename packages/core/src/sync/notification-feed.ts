import type { SyncContext } from "./context";

/**
 * Loads the notification page without letting it undo live events. A page is
 * computed before it arrives: a `notification.*` event applied meanwhile is
 * newer, so its counts win and the items it touched are not overwritten.
 */
export class NotificationFeed {
  readonly #ctx: SyncContext;
  #liveCount = 0;
  readonly #touchedAt = new Map<number, number>();

  constructor(ctx: SyncContext) {
    this.#ctx = ctx;
  }

  /** Notes a live notification event (after the store applied it) and the notification it touched. */
  observe(notificationId: number): void {
    this.#liveCount++;
    this.#touchedAt.set(notificationId, this.#liveCount);
  }

  /** Fetches the first page and merges it; a no-op for backends without notifications. */
  async load(): Promise<void> {
    const backend = this.#ctx.backend;
    if (!backend?.notifications) return;
    const before = this.#liveCount;
    const page = await backend.notifications();
    const untouched = page.notifications.filter(
      (notification) => (this.#touchedAt.get(notification.id) ?? 0) <= before,
    );
    this.#ctx.controller.hydrate({
      notifications: untouched,
      ...(this.#liveCount === before
        ? { notificationCounts: { unreadCount: page.unreadCount, count: page.count } }
        : {}),
    });
    if (this.#liveCount === before) this.#touchedAt.clear();
  }
}
