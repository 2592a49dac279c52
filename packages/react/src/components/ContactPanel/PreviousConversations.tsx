import { useContactConversations } from "../../hooks/directory/use-contact-conversations";
import { defaultConversationListLabels } from "../ConversationList/labels";
import { previewOf } from "../ConversationList/preview";
import type { ContactPanelLabels } from "./labels";

/** Props of {@link PreviousConversations}. */
export interface PreviousConversationsProps {
  contactId: number;
  /** The conversation the panel sits beside (left out of the list). */
  currentId?: number;
  labels: ContactPanelLabels;
  /** Opens a conversation; without it the rows are plain text. */
  onOpen?: (conversationId: number) => void;
}

/** The contact's other conversations, newest activity first, live. */
export function PreviousConversations({
  contactId,
  currentId,
  labels,
  onOpen,
}: PreviousConversationsProps) {
  const { conversations, isLoading } = useContactConversations(contactId);
  const others = conversations.filter((conversation) => conversation.id !== currentId);
  if (others.length === 0) {
    return (
      <p className="unilink-contact__empty" role={isLoading ? "status" : undefined}>
        {isLoading ? labels.loadingConversations : labels.noPreviousConversations}
      </p>
    );
  }
  return (
    <ul className="unilink-contact__conversations">
      {others.map((conversation) => {
        const text = (
          <>
            <span className="unilink-contact__conversation-id">
              #{conversation.id} · {labels.status(conversation.status ?? "open")}
            </span>
            <span className="unilink-contact__conversation-preview" dir="auto">
              {previewOf(conversation, defaultConversationListLabels)}
            </span>
          </>
        );
        return (
          <li key={conversation.id}>
            {onOpen ? (
              <button
                type="button"
                className="unilink-contact__conversation"
                onClick={() => onOpen(conversation.id)}
              >
                {text}
              </button>
            ) : (
              <span className="unilink-contact__conversation">{text}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
