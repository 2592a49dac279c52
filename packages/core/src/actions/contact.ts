import type { ContactPatch } from "../api/agent-workspace-api";
import type { Contact } from "../schema/contact";
import { storeContact } from "../store/contact";
import { deepEqual } from "../store/equal";
import type { UniLinkState } from "../store/state";
import type { ActionHost, ActionOutcome } from "./host";
import { runAction } from "./run-action";

type ContactFields = Pick<Contact, "name" | "email" | "phone_number">;

function fieldsOf(patch: ContactPatch): ContactFields {
  const fields: ContactFields = {};
  if (patch.name !== undefined) fields.name = patch.name;
  if (patch.email !== undefined) fields.email = patch.email;
  if (patch.phoneNumber !== undefined) fields.phone_number = patch.phoneNumber;
  return fields;
}

function show(state: UniLinkState, contactId: number, fields: ContactFields): UniLinkState {
  const stored = state.contacts[contactId];
  return stored ? storeContact(state, { ...stored, ...fields }) : state;
}

function revert(
  state: UniLinkState,
  contactId: number,
  applied: ContactFields,
  previous: ContactFields,
): UniLinkState {
  const stored = state.contacts[contactId];
  if (!stored) return state;
  const back: Record<string, unknown> = {};
  for (const key of Object.keys(applied) as (keyof ContactFields)[]) {
    if (deepEqual(stored[key] ?? null, applied[key] ?? null)) back[key] = previous[key] ?? null;
  }
  return Object.keys(back).length === 0 ? state : show(state, contactId, back);
}

/**
 * Edits a contact's name, email or phone number (`PATCH .../contacts/{id}`).
 * The new values show at once wherever the contact appears (panel,
 * conversation rows); other dashboards get `contact.updated`. The platform
 * refuses a malformed or taken email and a phone number not in E.164 (an
 * `http` error with status 422 and its message in `details.body`); the old
 * values come back then.
 */
export function updateContact(
  client: ActionHost,
  contactId: number,
  patch: ContactPatch,
): Promise<ActionOutcome<Contact>> {
  const fields = fieldsOf(patch);
  const stored = client.store.getState().contacts[contactId];
  const previous: ContactFields = {
    name: stored?.name ?? null,
    email: stored?.email ?? null,
    phone_number: stored?.phone_number ?? null,
  };
  return runAction(client, {
    optimistic: (state) => show(state, contactId, fields),
    rollback: (state) => revert(state, contactId, fields, previous),
    call: (api) => api.updateContact(contactId, patch),
    resettle: async (api) => client.hydrate({ contacts: [await api.getContact(contactId)] }),
  });
}
