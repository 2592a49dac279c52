import { removeContact, upsertContact } from "../apply-contact";
import type { Reducer } from "../context";

/** `contact.created` / `updated` / `merged` (the surviving contact): the entity and every conversation showing it. */
export const onContactPayload: Reducer<"contact.created" | "contact.updated" | "contact.merged"> = (
  state,
  data,
) => upsertContact(state, data);

/** `contact.deleted`: the contact and the conversations the server deletes with it. */
export const onContactDeleted: Reducer<"contact.deleted"> = (state, data) =>
  removeContact(state, data.id);
