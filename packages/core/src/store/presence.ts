import type { PresenceUpdateEventData } from "../schema/event-data";
import type { PresenceStatus, UniLinkState } from "./state";

function isDigits(key: string): boolean {
  if (key.length === 0) return false;
  for (let index = 0; index < key.length; index++) {
    const code = key.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** The statuses keyed by numeric id: `stored` itself when it holds the same (a snapshot often repeats). */
function byNumericId(
  statuses: Record<string, string>,
  stored: Readonly<Record<number, PresenceStatus>>,
): Readonly<Record<number, PresenceStatus>> {
  const result: Record<number, PresenceStatus> = {};
  let same = true;
  for (const key of Object.keys(statuses)) {
    if (!isDigits(key)) continue;
    const id = Number(key);
    const status = statuses[key] as string;
    result[id] = status;
    if (same && stored[id] !== status) same = false;
  }
  return same && Object.keys(result).length === Object.keys(stored).length ? stored : result;
}

/**
 * Stores a presence snapshot: agents it does not list are offline. Contacts
 * are replaced only when the snapshot carries them (contacts never receive
 * other contacts' presence).
 */
export function storePresence(state: UniLinkState, data: PresenceUpdateEventData): UniLinkState {
  const { presence } = state;
  const users = byNumericId(data.users ?? {}, presence.users);
  const contacts = data.contacts
    ? byNumericId(data.contacts, presence.contacts)
    : presence.contacts;
  if (users === presence.users && contacts === presence.contacts) return state;
  return { ...state, presence: { users, contacts } };
}
