import { effectsOf } from "../event-table";
import type { UniLinkEvent } from "../schema/events";
import type { UniLinkState } from "../store/state";

/** At most one extra snapshot request in this window, however many events name unknown agents. */
export const PRESENCE_REFRESH_GAP_MS = 5_000;

/**
 * Presence arrives only as the answer to the client's own `update_presence`
 * (a snapshot, every 20 s). An agent who came online after the last snapshot
 * is missing from it, so a widget would call the agent who was just assigned,
 * or who just replied, "Offline" until the next beat. When an event shows an
 * agent (its table row's `agent`) that the snapshot does not list, this asks
 * for a fresh snapshot at once, at most once per {@link PRESENCE_REFRESH_GAP_MS}.
 */
export function createPresenceRefresh(
  getState: () => UniLinkState,
  updatePresence: () => void,
  now: () => number,
): (events: readonly UniLinkEvent[]) => void {
  let last = Number.NEGATIVE_INFINITY;
  return (events) => {
    if (now() - last < PRESENCE_REFRESH_GAP_MS) return;
    const { users } = getState().presence;
    for (const event of events) {
      if (event.unknown) continue;
      const agent = effectsOf(event.event).agent?.(event.data as never);
      if (agent === undefined || users[agent] !== undefined) continue;
      last = now();
      updatePresence();
      return;
    }
  };
}
