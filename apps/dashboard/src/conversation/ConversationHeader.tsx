import type { Conversation } from "@unilink/core";
import {
  AssigneePicker,
  Avatar,
  LabelPicker,
  PriorityPicker,
  StatusActions,
  TeamPicker,
  useAssignConversation,
} from "@unilink/react";

/** Props of {@link ConversationHeader}. */
interface ConversationHeaderProps {
  conversation: Conversation;
  meUserId: number;
  /** Back to the list; the button shows only where the list is hidden (narrow screens). */
  onBack: () => void;
}

/**
 * Who the conversation is with (live presence), its status, and the agent's
 * actions: assignee, team, labels, priority, resolve/reopen/pending/snooze.
 * Every change shows at once and comes back from the server as socket
 * events, which update every open dashboard.
 */
export function ConversationHeader({ conversation, meUserId, onBack }: ConversationHeaderProps) {
  const assign = useAssignConversation(conversation.id);
  const contact = conversation.meta?.sender;
  const assignee = conversation.meta?.assignee;
  const name = contact?.name ?? "Unknown contact";

  return (
    <header className="pane__header">
      <div className="pane__headline">
        <button
          type="button"
          className="action pane__back"
          aria-label="Back to conversations"
          onClick={onBack}
        >
          <span aria-hidden="true">‹</span>
        </button>
        <Avatar
          name={name}
          src={contact?.thumbnail}
          presence={contact ? { contactId: contact.id } : undefined}
        />
        <div className="pane__who">
          <h2 className="pane__title">{name}</h2>
          <p className="pane__meta">
            #{conversation.id}
            {" · "}
            <span className={`status-pill status-pill--${conversation.status}`}>
              {conversation.status}
            </span>
            {" · "}
            {assignee ? `Assigned to ${assignee.name}` : "Unassigned"}
          </p>
        </div>
        <div className="pane__actions">
          {assignee?.id !== meUserId && (
            <button type="button" className="action" onClick={() => void assign(meUserId)}>
              Assign to me
            </button>
          )}
          <StatusActions conversationId={conversation.id} />
        </div>
      </div>
      <div className="pane__toolbar" role="toolbar" aria-label="Conversation details">
        <AssigneePicker conversationId={conversation.id} />
        <TeamPicker conversationId={conversation.id} />
        <PriorityPicker conversationId={conversation.id} />
        <LabelPicker conversationId={conversation.id} />
      </div>
    </header>
  );
}
