import { type ActionOutcome, type Contact, type ContactPatch, updateContact } from "@unilink/core";
import { useCallback } from "react";
import { useClientFor } from "../../internal/use-client-for";

/**
 * A stable `update(patch)` for one contact's name, email and phone: shown
 * everywhere at once, rolled back with a typed error if the server refuses
 * (e.g. an email already taken). Never rejects.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const update = useUpdateContact(contact.id);
 * const outcome = await update({ name: "Ana Lima" });
 * if (!outcome.ok) setError(outcome.error.message);
 */
export function useUpdateContact(
  contactId: number,
): (patch: ContactPatch) => Promise<ActionOutcome<Contact>> {
  const client = useClientFor("useUpdateContact");
  return useCallback(
    (patch: ContactPatch) => updateContact(client, contactId, patch),
    [client, contactId],
  );
}
