import type { ConnectionStatus } from "../connection/status";
import type { Contact } from "../schema/contact";
import type { Conversation } from "../schema/conversation";
import type { PresenceStatus, UniLinkState } from "../store/state";

/** One conversation by display id. */
export function selectConversation(state: UniLinkState, id: number): Conversation | undefined {
  return state.conversations[id];
}

/** One contact by id. */
export function selectContact(state: UniLinkState, id: number): Contact | undefined {
  return state.contacts[id];
}

/** The connection status. */
export function selectConnectionStatus(state: UniLinkState): ConnectionStatus {
  return state.status;
}

/** Whose presence to read: an agent's or a contact's. */
export type PresenceTarget = { userId: number } | { contactId: number };

/** An agent's or contact's presence; `offline` when the last snapshot did not list them. */
export function selectPresence(state: UniLinkState, target: PresenceTarget): PresenceStatus {
  const status =
    "userId" in target
      ? state.presence.users[target.userId]
      : state.presence.contacts[target.contactId];
  return status ?? "offline";
}
