import type { UniLinkClient } from "@unilink/core";

interface Ticket {
  cancelled: boolean;
}

const pending = new WeakMap<UniLinkClient, Ticket>();
const destroyed = new WeakSet<UniLinkClient>();

/**
 * Destroys `client` right after the current synchronous work unless {@link keepAlive}
 * runs first. React StrictMode unmounts and remounts effects synchronously,
 * so the remount cancels the teardown and the socket stays open; a real
 * unmount lets it run, and no timer is involved (a microtask, not setTimeout).
 */
export function destroySoon(client: UniLinkClient): void {
  keepAlive(client);
  const ticket: Ticket = { cancelled: false };
  pending.set(client, ticket);
  queueMicrotask(() => {
    if (ticket.cancelled) return;
    pending.delete(client);
    destroyed.add(client);
    client.destroy();
  });
}

/** Cancels a teardown scheduled by {@link destroySoon}. */
export function keepAlive(client: UniLinkClient): void {
  const ticket = pending.get(client);
  if (!ticket) return;
  ticket.cancelled = true;
  pending.delete(client);
}

/** True once {@link destroySoon} has destroyed `client`: it cannot connect again. */
export function wasDestroyed(client: UniLinkClient): boolean {
  return destroyed.has(client);
}
