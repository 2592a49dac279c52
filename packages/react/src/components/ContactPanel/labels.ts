/** Every visible or announced string of {@link ContactPanel}. */
export interface ContactPanelLabels {
  /** Accessible name of the panel. */
  panel: string;
  /** Shown while the contact is not known yet. */
  unknown: string;
  /** Name shown when the contact has none. */
  unnamed: string;
  /** Field names. */
  email: string;
  phone: string;
  identifier: string;
  /** Shown for an empty field. */
  none: string;
  /** Heading of the account's custom attributes. */
  customAttributes: string;
  /** Heading of the server-managed attributes (browser, location, ...). */
  additionalAttributes: string;
  /** Heading of the contact's other conversations. */
  previousConversations: string;
  /** A boolean attribute's value. */
  yes: string;
  no: string;
}

/** English defaults of {@link ContactPanelLabels}. */
export const defaultContactPanelLabels: ContactPanelLabels = {
  panel: "Contact",
  unknown: "Loading contact…",
  unnamed: "Unknown contact",
  email: "Email",
  phone: "Phone",
  identifier: "Identifier",
  none: "—",
  customAttributes: "Attributes",
  additionalAttributes: "Details",
  previousConversations: "Previous conversations",
  yes: "Yes",
  no: "No",
};
