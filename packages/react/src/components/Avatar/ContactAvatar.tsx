import type { Contact } from "@unilink/core";
import { Avatar } from "./Avatar";

/** A contact's avatar with their live presence (the list rows and the conversation header). */
export function ContactAvatar({
  contact,
  name,
}: {
  contact: Pick<Contact, "id" | "thumbnail"> | null | undefined;
  name: string;
}) {
  return (
    <Avatar
      name={name}
      src={contact?.thumbnail}
      presence={contact ? { contactId: contact.id } : undefined}
    />
  );
}
