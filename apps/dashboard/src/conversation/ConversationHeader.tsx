import type { Conversation } from "@unilink/core";
import { Avatar, useUniLinkClient } from "@unilink/react";
import { agentApiOf } from "./agent-api";

/** Props of {@link ConversationHeader}. */
interface ConversationHeaderProps {
  conversation: Conversation;
  meUserId: number;
}

function reportFailure(action: string) {
  return (error: unknown) => console.warn(`[dashboard] ${action} failed`, error);
}

/**
 * Who the conversation is with (live presence), its status and assignee,
 * and the agent's actions. The changes come back as socket events, which
 * update every view (this one included).
 */
export function ConversationHeader({ conversation, meUserId }: ConversationHeaderProps) {
  const api = agentApiOf(useUniLinkClient());
  const contact = conversation.meta?.sender;
  const assignee = conversation.meta?.assignee;
  const name = contact?.name ?? "Unknown contact";
  const resolved = conversation.status === "resolved";
  const toggleStatus = () =>
    api
      ?.toggleStatus(conversation.id, resolved ? "open" : "resolved")
      .catch(reportFailure("status change"));
  const assignToMe = () =>
    api?.assign(conversation.id, meUserId).catch(reportFailure("assignment"));

  return (
    <header className="pane__header">
      <Avatar
        name={name}
        src={contact?.thumbnail}
        presence={contact ? { contactId: contact.id } : undefined}
      />
      <div className="pane__who">
        <h2 className="pane__title">{name}</h2>
        <p className="pane__meta">
          #{conversation.id}
          {contact?.email ? ` · ${contact.email}` : ""}
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
          <button type="button" className="action" onClick={assignToMe}>
            Assign to me
          </button>
        )}
        <button type="button" className="action action--primary" onClick={toggleStatus}>
          {resolved ? "Reopen" : "Resolve"}
        </button>
      </div>
    </header>
  );
}
