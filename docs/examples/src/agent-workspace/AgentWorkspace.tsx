import {
  AssigneePicker,
  ContactPanel,
  ConversationList,
  LabelPicker,
  MessageComposer,
  MessageList,
  PriorityPicker,
  StatusActions,
  TeamPicker,
  TypingIndicator,
  UniLinkProvider,
} from "@unilink/react";
import "@unilink/react/styles.css";
import type { AgentApi } from "@unilink/core";
import { useState } from "react";

/** What the app knows once the agent signed in (see the getting-started guide). */
export interface AgentSession {
  url: string;
  accountId: number;
  userId: number;
  pubsubToken: string;
  api: AgentApi;
}

/** The actions bar of the open conversation: every change is optimistic and live. */
function ConversationToolbar({ conversationId }: { conversationId: number }) {
  return (
    <div role="toolbar" aria-label="Conversation details" className="toolbar">
      <AssigneePicker conversationId={conversationId} />
      <TeamPicker conversationId={conversationId} />
      <PriorityPicker conversationId={conversationId} />
      <LabelPicker conversationId={conversationId} />
      <StatusActions conversationId={conversationId} />
    </div>
  );
}

/**
 * A complete agent workspace from the drop-in components: a searchable,
 * sortable conversation list; the thread with its actions, a composer that
 * sends files and inserts saved replies on `/`; and the contact panel.
 */
export function AgentWorkspace({ session }: { session: AgentSession }) {
  const [openId, setOpenId] = useState<number | undefined>(undefined);
  return (
    <UniLinkProvider
      url={session.url}
      pubsubToken={session.pubsubToken}
      accountId={session.accountId}
      userId={session.userId}
      api={session.api}
    >
      <div className="workspace">
        <ConversationList
          filter={{ meUserId: session.userId }}
          selectedId={openId}
          onSelect={(id) => setOpenId(id)}
        />
        {openId !== undefined && (
          <main key={openId} className="thread" aria-label="Conversation">
            <ConversationToolbar conversationId={openId} />
            <MessageList conversationId={openId} />
            <TypingIndicator conversationId={openId} includePrivate />
            <MessageComposer conversationId={openId} allowPrivate />
          </main>
        )}
        {openId !== undefined && (
          <ContactPanel conversationId={openId} onOpenConversation={setOpenId} />
        )}
      </div>
    </UniLinkProvider>
  );
}
