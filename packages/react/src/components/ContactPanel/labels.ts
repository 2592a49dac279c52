import type { UniLinkError } from "@unilink/core";

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
  /** The edit button and form. */
  edit: string;
  editForm: string;
  name: string;
  save: string;
  saving: string;
  cancel: string;
  /** Shown when the server refused the edit. */
  saveFailed: (error: UniLinkError) => string;
  /** Previous conversations: while loading, and when there are none. */
  loadingConversations: string;
  noPreviousConversations: string;
  /** A conversation's status. */
  status: (status: string) => string;
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
  edit: "Edit",
  editForm: "Edit contact",
  name: "Name",
  save: "Save",
  saving: "Saving…",
  cancel: "Cancel",
  saveFailed: (error) =>
    error.code === "http"
      ? "The server refused the change (is the email already used?)."
      : "Could not save. Try again.",
  loadingConversations: "Loading conversations…",
  noPreviousConversations: "No other conversations.",
  status: (status) => status.charAt(0).toLocaleUpperCase() + status.slice(1),
};
