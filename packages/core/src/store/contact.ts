import type { Contact } from "../schema/contact";
import type { Conversation } from "../schema/conversation";
import type { Drafts } from "./batch";
import { entityOf } from "./envelope";
import { deepEqual, mergeEntity } from "./equal";
import { readEntry, valuesInAnyOrder } from "./persistent/persistent-view";
import { removeEntry, setEntry, withSlice } from "./records";
import type { UniLinkState } from "./state";

/** `conversations` with `conversation` showing `contact`, when its sender is that contact. */
function showContact(
  conversations: UniLinkState["conversations"],
  conversation: Conversation,
  contact: Contact,
  drafts: Drafts | undefined,
): UniLinkState["conversations"] {
  const sender = conversation.meta?.sender;
  if (!sender || sender.id !== contact.id || sender === contact) return conversations;
  // Only the sender would change: a sender equal to the contact leaves the conversation as it is.
  if (deepEqual(sender, contact)) return conversations;
  const next: Conversation = { ...conversation, meta: { ...conversation.meta, sender: contact } };
  return setEntry(conversations, conversation.id, next, drafts);
}

/**
 * Merges a contact into `contacts` and into every conversation showing it as
 * `meta.sender`, so a renamed contact is renamed everywhere at once.
 *
 * Every stored conversation already shows an equal copy of its stored
 * sender (this function and {@link showStoredSender} keep them in step), so
 * the conversations are walked only when a stored contact really changed.
 */
export function storeContact(
  state: UniLinkState,
  incoming: Contact,
  drafts?: Drafts,
): UniLinkState {
  const stored = readEntry(state.contacts, incoming.id);
  const contact = mergeEntity<Contact>(stored, entityOf(incoming));
  if (contact === stored) return state;
  let conversations = state.conversations;
  if (stored) {
    for (const conversation of valuesInAnyOrder(state.conversations)) {
      conversations = showContact(conversations, conversation, contact, drafts);
    }
  }
  const next = withSlice(
    state,
    "contacts",
    setEntry(state.contacts, contact.id, contact, drafts),
    drafts,
  );
  return withSlice(next, "conversations", conversations, drafts);
}

/**
 * Makes a conversation just stored with a payload's sender show the stored
 * contact instead (the payload's copy may lack fields the store has).
 */
export function showStoredSender(
  state: UniLinkState,
  conversationId: number,
  drafts?: Drafts,
): UniLinkState {
  const conversation = readEntry(state.conversations, conversationId);
  const contactId = conversation?.meta?.sender?.id;
  const contact = contactId === undefined ? undefined : readEntry(state.contacts, contactId);
  if (!conversation || !contact) return state;
  const conversations = showContact(state.conversations, conversation, contact, drafts);
  return withSlice(state, "conversations", conversations, drafts);
}

/**
 * Forgets a deleted contact. The server destroys its conversations with it,
 * so they go too, with their messages and typists.
 */
export function removeContact(
  state: UniLinkState,
  contactId: number,
  drafts?: Drafts,
): UniLinkState {
  let { conversations, messages, typing } = state;
  for (const conversation of valuesInAnyOrder(state.conversations)) {
    if (conversation.meta?.sender?.id !== contactId) continue;
    conversations = removeEntry(conversations, conversation.id, drafts);
    messages = removeEntry(messages, conversation.id, drafts);
    typing = removeEntry(typing, conversation.id, drafts);
  }
  const contacts = removeEntry(state.contacts, contactId, drafts);
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
