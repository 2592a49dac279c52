import { useConversation, useConversations, usePresence } from "@unilink/react";
import { memo } from "react";

/** The open conversations assigned to the signed-in agent, newest activity first. */
export function Inbox({ me, onOpen }: { me: number; onOpen: (id: number) => void }) {
  // An inline filter object is fine: filters are compared by content, not identity.
  const conversations = useConversations({ status: "open", assignee: "me", meUserId: me });
  return (
    <ul aria-label="Conversations">
      {conversations.map((conversation) => (
        <ConversationRow key={conversation.id} id={conversation.id} onOpen={onOpen} />
      ))}
    </ul>
  );
}

/**
 * One row reads its own conversation by id. `memo` keeps the list's render
 * from re-rendering it; `useConversation(id)` re-renders it only when this
 * conversation changes. `onOpen` must be stable (a state setter is).
 */
const ConversationRow = memo(function ConversationRow({
  id,
  onOpen,
}: {
  id: number;
  onOpen: (id: number) => void;
}) {
  const conversation = useConversation(id);
  const contact = conversation?.meta?.sender;
  const presence = usePresence({ contactId: contact?.id ?? 0 });
  const unread = conversation?.unread_count ?? 0;
  return (
    <li>
      <button type="button" onClick={() => onOpen(id)}>
        {contact?.name ?? "Visitor"} {presence === "online" ? "(online)" : ""}
        {unread > 0 && <span> ({unread} unread)</span>}
      </button>
    </li>
  );
});
