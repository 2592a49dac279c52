import {
  type Conversation,
  loadContactConversations,
  selectContactConversations,
  selectContactConversationsLoadState,
  type UniLinkClient,
} from "@unilink/core";
import { useCallback } from "react";
import { type DirectoryLoadView, useDirectory } from "./use-directory";

/** What {@link useContactConversations} returns. */
export interface ContactConversationsView extends DirectoryLoadView {
  /** Every conversation of the contact, newest activity first, live. */
  readonly conversations: readonly Conversation[];
}

/**
 * A contact's conversations (the contact panel's "previous conversations"),
 * fetched after mount and after every reconnect; live events move rows in
 * and out (new conversations, `conversation.contact_changed`).
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const { conversations } = useContactConversations(contactId);
 */
export function useContactConversations(contactId: number | undefined): ContactConversationsView {
  const id = contactId ?? -1;
  const load = useCallback((client: UniLinkClient) => loadContactConversations(client, id), [id]);
  return useDirectory(
    "useContactConversations",
    "conversations",
    (state) => selectContactConversations(state, id),
    (state) => selectContactConversationsLoadState(state, id),
    contactId === undefined ? undefined : load,
  );
}
