import type { Conversation, ConversationListFilter } from "@unilink/core";
import { type ReactNode, useState } from "react";
import { ConversationList, type ConversationListProps } from "../ConversationList/ConversationList";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { MessageComposer, type MessageComposerProps } from "../MessageComposer/MessageComposer";
import { MessageList, type MessageListProps } from "../MessageList/MessageList";
import { TypingIndicator } from "../TypingIndicator/TypingIndicator";
import { ConversationHeader, type ConversationHeaderProps } from "./ConversationHeader";

/** The strings {@link AgentInbox} shows itself (inner components take their own `labels`). */
export interface AgentInboxLabels {
  /** Accessible name of the open conversation's region. */
  conversation: string;
  /** Shown in the thread pane while no conversation is open. */
  noneSelected: string;
}

/** English defaults of {@link AgentInboxLabels}. */
export const defaultAgentInboxLabels: AgentInboxLabels = {
  conversation: "Conversation",
  noneSelected: "Select a conversation to read and reply.",
};

/** Props of {@link AgentInbox}. */
export interface AgentInboxProps {
  /** The signed-in agent's user id: enables the "Mine" tab. */
  meUserId?: number;
  /** Base filter of the list (inbox, team, labels, sort...); the tabs override status and assignee. */
  filter?: ConversationListFilter;
  /** The open conversation (controlled). Omit to let the inbox keep it. */
  conversationId?: number;
  /** The open conversation at first (uncontrolled). */
  defaultConversationId?: number;
  /** Called when the agent opens a conversation or goes back to the list (`undefined`). */
  onConversationChange?: (conversationId: number | undefined) => void;
  /** Offer private notes in the composer. Default true. */
  allowPrivate?: boolean;
  /** The app's actions for the open conversation, shown in its header. */
  renderActions?: (conversation: number) => ReactNode;
  /** Extra class on the root. */
  className?: string;
  /** Override strings of the inbox itself. */
  labels?: Partial<AgentInboxLabels>;
  /** Strings of the inner components. */
  innerLabels?: {
    list?: ConversationListProps["labels"];
    header?: ConversationHeaderProps["labels"];
    messageList?: MessageListProps["labels"];
    composer?: MessageComposerProps["labels"];
  };
}

/**
 * A complete agent inbox in one component: the conversation list with its
 * tabs beside the open conversation (header, messages, typing indicator,
 * composer). It fills the box its parent gives it and scrolls inside; give
 * that box a height. Narrower than 720 px it shows the list or the open
 * conversation, with a back button. Every part is also exported alone.
 *
 * @example
 * <div style={{ height: "100vh" }}>
 *   <AgentInbox meUserId={profile.id} />
 * </div>
 */
export function AgentInbox({
  meUserId,
  filter,
  conversationId,
  defaultConversationId,
  onConversationChange,
  allowPrivate = true,
  renderActions,
  className,
  labels,
  innerLabels,
}: AgentInboxProps) {
  const l = useLabels(defaultAgentInboxLabels, labels);
  const [ownOpenId, setOwnOpenId] = useState(defaultConversationId);
  const openId = conversationId ?? ownOpenId;
  const open = (id: number | undefined) => {
    setOwnOpenId(id);
    onConversationChange?.(id);
  };
  const listFilter = meUserId === undefined ? filter : { ...filter, meUserId };
  return (
    <div
      className={cx(
        "unilink-root",
        "unilink-inbox",
        openId !== undefined && "unilink-inbox--open",
        className,
      )}
    >
      <div className="unilink-inbox__frame">
        <ConversationList
          className="unilink-inbox__list"
          filter={listFilter}
          selectedId={openId}
          onSelect={(id: number, _conversation: Conversation) => open(id)}
          labels={innerLabels?.list}
        />
        <section className="unilink-inbox__thread" aria-label={l.conversation}>
          {openId === undefined ? (
            <p className="unilink-empty unilink-inbox__none">{l.noneSelected}</p>
          ) : (
            <OpenConversation
              key={openId}
              id={openId}
              allowPrivate={allowPrivate}
              onBack={() => open(undefined)}
              actions={renderActions?.(openId)}
              innerLabels={innerLabels}
            />
          )}
        </section>
      </div>
    </div>
  );
}

function OpenConversation({
  id,
  allowPrivate,
  onBack,
  actions,
  innerLabels,
}: {
  id: number;
  allowPrivate: boolean;
  onBack: () => void;
  actions: ReactNode;
  innerLabels: AgentInboxProps["innerLabels"];
}) {
  return (
    <>
      <ConversationHeader
        className="unilink-inbox__header"
        conversationId={id}
        onBack={onBack}
        actions={actions}
        labels={innerLabels?.header}
      />
      <MessageList conversationId={id} labels={innerLabels?.messageList} />
      <TypingIndicator conversationId={id} includePrivate={allowPrivate} />
      <MessageComposer
        conversationId={id}
        allowPrivate={allowPrivate}
        labels={innerLabels?.composer}
      />
    </>
  );
}
