import type { PresenceUpdateEventData } from "../schema/event-data";
import { preserve } from "./equal";
import type { PresenceStatus, UniLinkState } from "./state";

const isId = (key: string) => /^\d+$/.test(key);

/** The statuses of `statuses` under numeric keys (others dropped), or `stored` itself when it holds exactly those. */
function statusesById(
  stored: Readonly<Record<number, PresenceStatus>>,
  statuses: Record<string, string>,
): Readonly<Record<number, PresenceStatus>> {
  // Snapshots mostly repeat the stored one: compare before building (an integer-keyed
  // record spells each of its keys anew whenever it is listed).
  let count = 0;
  let same = true;
  for (const key in statuses) {
    if (!Object.hasOwn(statuses, key) || !isId(key)) continue;
    count++;
    if (stored[Number(key)] !== statuses[key]) {
      same = false;
      break;
    }
  }
  if (same && count === Object.keys(stored).length) return stored;
  const result: Record<number, PresenceStatus> = {};
  for (const [key, status] of Object.entries(statuses)) {
    if (isId(key)) result[Number(key)] = status;
  }
  // Keys that spell one id twice ("7", "07") make the counts differ for the same statuses.
  return same ? preserve(stored, result) : result;
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
