import { type Contact, selectContact } from "@unilink/core";
import { useSelected } from "../internal/use-selected";

/**
 * One contact by id, `undefined` until it is known (from a contact event or
 * a conversation's `meta.sender`). Re-renders only when that contact changes.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const contact = useContact(contactId);
 * return <span>{contact?.name ?? "Unknown"}</span>;
 */
export function useContact(id: number): Contact | undefined {
  return useSelected("useContact", (state) => selectContact(state, id));
}
