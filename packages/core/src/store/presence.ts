import type { PresenceUpdateEventData } from "../schema/event-data";
import { preserve } from "./equal";
import type { PresenceStatus, UniLinkState } from "./state";

/** An id as a record key spells it: no sign, no leading zero, short enough to stay exact. */
const isCanonicalId = (key: string) => /^(0|[1-9]\d{0,14})$/.test(key);

/**
 * The statuses of `statuses` by numeric id: `stored` itself when it holds
 * exactly those, `statuses` itself when every key already spells an id (a
 * snapshot replaces the stored one whole), else a copy keyed by `Number(key)`
 * without the keys that are not ids.
 */
function statusesById(
  stored: Readonly<Record<number, PresenceStatus>>,
  statuses: Record<string, string>,
): Readonly<Record<number, PresenceStatus>> {
  // Integer-keyed records are slow to build and to list: a snapshot is compared and, when it
  // can be, kept as the validator handed it over instead of rebuilt key by key.
  const keys = Object.keys(statuses);
  let same = keys.length === Object.keys(stored).length;
  let canonical = true;
  for (const key of keys) {
    if (!isCanonicalId(key)) {
      canonical = false;
      break;
    }
    if (same && (stored as Record<string, string>)[key] !== statuses[key]) same = false;
  }
  if (canonical) return same ? stored : statuses;
  const result: Record<number, PresenceStatus> = {};
  for (const key of keys) {
    if (/^\d+$/.test(key)) result[Number(key)] = statuses[key] as PresenceStatus;
  }
  return preserve(stored, result);
}

/**
 * Stores a presence snapshot: agents it does not list are offline. Contacts
 * are replaced only when the snapshot carries them (contacts never receive
 * other contacts' presence).
 */
export function storePresence(state: UniLinkState, data: PresenceUpdateEventData): UniLinkState {
  const { presence } = state;
  const users = statusesById(presence.users, data.users ?? {});
  const contacts = data.contacts
    ? statusesById(presence.contacts, data.contacts)
    : presence.contacts;
  if (users === presence.users && contacts === presence.contacts) return state;
  return { ...state, presence: { users, contacts } };
}
