import {
  type Contact,
  loadContact,
  selectContact,
  selectContactLoadState,
  type UniLinkClient,
} from "@unilink/core";
import { useCallback } from "react";
import { type DirectoryLoadView, useDirectory } from "./use-directory";

/** What {@link useContactDetails} returns. */
export interface ContactDetailsView extends DirectoryLoadView {
  /** The contact with every attribute the platform keeps, once known. */
  readonly contact: Contact | undefined;
}

/**
 * One contact with all its attributes: fetched from the server after mount
 * (and after every reconnect), updated live by `contact.updated`.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const { contact, isLoading } = useContactDetails(contactId);
 */
export function useContactDetails(contactId: number | undefined): ContactDetailsView {
  const id = contactId ?? -1;
  const load = useCallback((client: UniLinkClient) => loadContact(client, id), [id]);
  return useDirectory(
    "useContactDetails",
    "contact",
    (state) => selectContact(state, id),
    (state) => selectContactLoadState(state, id),
    contactId === undefined ? undefined : load,
  );
}
