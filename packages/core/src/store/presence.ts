import type { PresenceUpdateEventData } from "../schema/event-data";
import { preserve } from "./equal";
import type { PresenceStatus, UniLinkState } from "./state";

function byNumericId(statuses: Record<string, string>): Record<number, PresenceStatus> {
  const result: Record<number, PresenceStatus> = {};
  for (const [key, status] of Object.entries(statuses)) {
    if (/^\d+$/.test(key)) result[Number(key)] = status;
  }
  return result;
}

/**
 * Stores a presence snapshot: agents it does not list are offline. Contacts
 * are replaced only when the snapshot carries them (contacts never receive
 * other contacts' presence).
 */
export function storePresence(state: UniLinkState, data: PresenceUpdateEventData): UniLinkState {
  const { presence } = state;
  const users = preserve(presence.users, byNumericId(data.users ?? {}));
  const contacts = data.contacts
    ? preserve(presence.contacts, byNumericId(data.contacts))
    : presence.contacts;
  if (users === presence.users && contacts === presence.contacts) return state;
  return { ...state, presence: { users, contacts } };
}
