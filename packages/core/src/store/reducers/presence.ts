import type { Reducer } from "../context";
import { preserve } from "../equal";
import type { PresenceStatus } from "../state";

function byNumericId(statuses: Record<string, string>): Record<number, PresenceStatus> {
  const result: Record<number, PresenceStatus> = {};
  for (const [key, status] of Object.entries(statuses)) {
    if (/^\d+$/.test(key)) result[Number(key)] = status;
  }
  return result;
}

/**
 * `presence.update` is a full snapshot: agents it does not list are offline.
 * Contacts are replaced only when the snapshot carries them (contacts never
 * receive other contacts' presence).
 */
export const onPresenceUpdate: Reducer<"presence.update"> = (state, data) => {
  const { presence } = state;
  const users = preserve(presence.users, byNumericId(data.users ?? {}));
  const contacts = data.contacts
    ? preserve(presence.contacts, byNumericId(data.contacts))
    : presence.contacts;
  if (users === presence.users && contacts === presence.contacts) return state;
  return { ...state, presence: { users, contacts } };
};
