import type { Contact } from "@unilink/core";
import { type ReactNode, useId, useState } from "react";
import { SafeName } from "../../content/SafeName";
import { safeUrl } from "../../content/safe-url";
import { useContactDetails } from "../../hooks/directory/use-contact-details";
import { useConversation } from "../../hooks/use-conversation";
import { Avatar } from "../Avatar/Avatar";
import { PresenceBadge } from "../Avatar/PresenceBadge";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { displayName } from "../internal/participant";
import { AttributeList } from "./AttributeList";
import { ContactEditForm } from "./ContactEditForm";
import { type ContactPanelLabels, defaultContactPanelLabels } from "./labels";
import { PreviousConversations } from "./PreviousConversations";

/** Props of {@link ContactPanel}. */
export interface ContactPanelProps {
  /**
   * Show the contact of this conversation, following it when the platform
   * moves the conversation to another contact (`conversation.contact_changed`).
   */
  conversationId?: number;
  /** Or show this contact. Ignored when `conversationId` is given. */
  contactId?: number;
  /** Allow editing name, email and phone. Default true. */
  editable?: boolean;
  /** Makes previous conversations clickable: called with the one chosen. */
  onOpenConversation?: (conversationId: number) => void;
  /** Extra content at the end of the panel (e.g. the app's own sections). */
  children?: ReactNode;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<ContactPanelLabels>;
}

function Field({ label, value, href }: { label: string; value: string; href?: string }) {
  return (
    <div className="unilink-contact__field">
      <dt>{label}</dt>
      <dd dir="auto">{href ? <a href={href}>{value}</a> : value}</dd>
    </div>
  );
}

/**
 * Who the customer is: avatar with live presence, name, email, phone, the
 * account's custom attributes and the platform's additional attributes
 * (browser, location...). Everything comes from the store, so it updates
 * live on `contact.updated` and `conversation.contact_changed`.
 *
 * @example
 * <ContactPanel conversationId={openId} />
 */
export function ContactPanel({
  conversationId,
  contactId,
  editable = true,
  onOpenConversation,
  children,
  className,
  labels,
}: ContactPanelProps) {
  const l = useLabels(defaultContactPanelLabels, labels);
  const headingId = useId();
  const conversation = useConversation(conversationId ?? -1);
  const sender = conversationId !== undefined ? conversation?.meta?.sender : undefined;
  const id = conversationId !== undefined ? sender?.id : contactId;
  const { contact: stored } = useContactDetails(id);
  const contact: Contact | undefined = stored ?? sender ?? undefined;
  const [editing, setEditing] = useState(false);

  if (!contact) {
    return (
      <section className={cx("unilink-root", "unilink-contact", className)} aria-label={l.panel}>
        <p className="unilink-empty" role="status">
          {l.unknown}
        </p>
      </section>
    );
  }
  const name = displayName(contact);
  const email = contact.email ?? "";
  const phone = contact.phone_number ?? "";
  return (
    <section
      className={cx("unilink-root", "unilink-contact", className)}
      aria-labelledby={headingId}
    >
      <header className="unilink-contact__header">
        <Avatar
          name={name || l.unnamed}
          src={contact.thumbnail}
          presence={{ contactId: contact.id }}
          size="lg"
        />
        <div className="unilink-contact__who">
          <h2 id={headingId} className="unilink-contact__name">
            <SafeName name={name} fallback={l.unnamed} />
          </h2>
          <PresenceBadge target={{ contactId: contact.id }} showLabel />
        </div>
        {editable && !editing && (
          <button type="button" className="unilink-button" onClick={() => setEditing(true)}>
            {l.edit}
          </button>
        )}
      </header>
      {editing ? (
        <ContactEditForm contact={contact} labels={l} onDone={() => setEditing(false)} />
      ) : (
        <dl className="unilink-contact__fields">
          <Field
            label={l.email}
            value={email || l.none}
            href={email ? safeUrl(`mailto:${email}`) : undefined}
          />
          <Field
            label={l.phone}
            value={phone || l.none}
            href={phone ? safeUrl(`tel:${phone.replace(/[^\d+]/g, "")}`) : undefined}
          />
          {contact.identifier ? <Field label={l.identifier} value={contact.identifier} /> : null}
        </dl>
      )}
      {Object.keys(contact.custom_attributes ?? {}).length > 0 && (
        <>
          <h3 className="unilink-contact__heading">{l.customAttributes}</h3>
          <AttributeList attributes={contact.custom_attributes} yes={l.yes} no={l.no} />
        </>
      )}
      {Object.keys(contact.additional_attributes ?? {}).length > 0 && (
        <>
          <h3 className="unilink-contact__heading">{l.additionalAttributes}</h3>
          <AttributeList attributes={contact.additional_attributes} yes={l.yes} no={l.no} />
        </>
      )}
      <h3 className="unilink-contact__heading">{l.previousConversations}</h3>
      <PreviousConversations
        contactId={contact.id}
        currentId={conversationId}
        labels={l}
        onOpen={onOpenConversation}
      />
      {children}
    </section>
  );
}
