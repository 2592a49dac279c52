import type { Contact, UniLinkError } from "@unilink/core";
import { type FormEvent, useId, useState } from "react";
import { useUpdateContact } from "../../hooks/actions/use-update-contact";
import type { ContactPanelLabels } from "./labels";

/** Props of {@link ContactEditForm}. */
export interface ContactEditFormProps {
  contact: Contact;
  labels: ContactPanelLabels;
  /** Called after a successful save, or on cancel. */
  onDone: () => void;
}

/**
 * Name, email and phone fields. Saving sends only what changed; core shows
 * the change everywhere at once and undoes it if the server refuses, and
 * the refusal is shown here (the form stays open with what was typed).
 */
export function ContactEditForm({ contact, labels, onDone }: ContactEditFormProps) {
  const update = useUpdateContact(contact.id);
  const id = useId();
  const [name, setName] = useState(contact.name ?? "");
  const [email, setEmail] = useState(contact.email ?? "");
  const [phone, setPhone] = useState(contact.phone_number ?? "");
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<UniLinkError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const patch: { name?: string; email?: string | null; phoneNumber?: string | null } = {};
    if (name.trim() !== (contact.name ?? "")) patch.name = name.trim();
    if (email.trim() !== (contact.email ?? "")) patch.email = email.trim() || null;
    if (phone.trim() !== (contact.phone_number ?? "")) patch.phoneNumber = phone.trim() || null;
    if (Object.keys(patch).length === 0) return onDone();
    setSaving(true);
    setError(null);
    const outcome = await update(patch);
    setSaving(false);
    if (outcome.ok) onDone();
    else setError(outcome.error);
  };

  return (
    <form className="unilink-contact__form" onSubmit={submit} aria-label={labels.editForm}>
      <label htmlFor={`${id}-name`}>{labels.name}</label>
      <input
        id={`${id}-name`}
        className="unilink-select"
        value={name}
        autoComplete="off"
        dir="auto"
        onChange={(event) => setName(event.target.value)}
      />
      <label htmlFor={`${id}-email`}>{labels.email}</label>
      <input
        id={`${id}-email`}
        className="unilink-select"
        type="email"
        value={email}
        autoComplete="off"
        onChange={(event) => setEmail(event.target.value)}
      />
      <label htmlFor={`${id}-phone`}>{labels.phone}</label>
      <input
        id={`${id}-phone`}
        className="unilink-select"
        type="tel"
        value={phone}
        autoComplete="off"
        onChange={(event) => setPhone(event.target.value)}
      />
      {error && (
        <p className="unilink-action-error" role="alert">
          {labels.saveFailed(error)}
        </p>
      )}
      <div className="unilink-contact__form-actions">
        <button type="button" className="unilink-button" onClick={onDone}>
          {labels.cancel}
        </button>
        <button type="submit" className="unilink-button unilink-button--primary" disabled={saving}>
          {saving ? labels.saving : labels.save}
        </button>
      </div>
    </form>
  );
}
