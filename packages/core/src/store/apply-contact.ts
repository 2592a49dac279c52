import type { Contact } from "../schema/contact";
import type { Conversation } from "../schema/conversation";
import { toEntity } from "./envelope";
import { preserve } from "./equal";
import { removeEntry, setEntry } from "./records";
import type { UniLinkState } from "./state";

/**
 * Merges a contact into `contacts` and into every conversation showing it as
 * `meta.sender`, so a renamed contact is renamed everywhere at once.
 */
export function upsertContact(state: UniLinkState, incoming: Contact): UniLinkState {
  const stored = state.contacts[incoming.id];
  const contact = preserve(stored, { ...stored, ...toEntity(incoming) });
  let conversations = state.conversations;
  for (const conversation of Object.values(state.conversations)) {
    const sender = conversation.meta?.sender;
    if (!sender || sender.id !== contact.id || sender === contact) continue;
    const next: Conversation = preserve(conversation, {
      ...conversation,
      meta: { ...conversation.meta, sender: contact },
    });
    conversations = setEntry(conversations, conversation.id, next);
  }
  const contacts = setEntry(state.contacts, contact.id, contact);
  if (contacts === state.contacts && conversations === state.conversations) return state;
  return { ...state, contacts, conversations };
}

/**
 * Forgets a deleted contact. The server destroys its conversations with it,
 * so they go too, with their messages and typists.
 */
export function removeContact(state: UniLinkState, contactId: number): UniLinkState {
  let { conversations, messages, typing } = state;
  for (const conversation of Object.values(state.conversations)) {
    if (conversation.meta?.sender?.id !== contactId) continue;
    conversations = removeEntry(conversations, conversation.id);
    messages = removeEntry(messages, conversation.id);
    typing = removeEntry(typing, conversation.id);
  }
  const contacts = removeEntry(state.contacts, contactId);
  if (
    contacts === state.contacts &&
    conversations === state.conversations &&
    messages === state.messages &&
    typing === state.typing
  ) {
    return state;
  }
  return { ...state, contacts, conversations, messages, typing };
}
