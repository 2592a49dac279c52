import type { UniLinkEvent } from "../schema/events";
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

  /** Notes live notification events (after the store applied them). */
  observe(event: UniLinkEvent): void {
    if (event.unknown || !event.event.startsWith("notification.")) return;
    this.#liveCount++;
    const data = event.data as { notification?: { id?: unknown } };
    const id = data.notification?.id;
    if (typeof id === "number") this.#touchedAt.set(id, this.#liveCount);
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
