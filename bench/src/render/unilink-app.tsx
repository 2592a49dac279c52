import type { UniLinkClient } from "@unilink/core";
import { UniLinkProvider, useConversation, useMessages } from "@unilink/react";
import { memo, Profiler } from "react";
import { countCommit, counters } from "./counters";
import { MessageBubble } from "./message-bubble";

const ConversationRow = memo(function ConversationRow({ id }: { id: number }) {
  const conversation = useConversation(id);
  counters.renders++;
  return (
    <li>
      {conversation?.meta?.sender?.name} · {conversation?.status} · {conversation?.unread_count}
    </li>
  );
});

function Thread({ id }: { id: number }) {
  const messages = useMessages(id);
  counters.renders++;
  return (
    <ol>
      {messages.map((message) => (
        <MessageBubble key={message.id} message={message} />
      ))}
    </ol>
  );
}

/** Props of the benchmarked apps. */
export interface AppProps {
  client: UniLinkClient;
  conversationIds: readonly number[];
  openId: number;
}

/** The app with @unilink/react: `useConversation(id)` per row, `useMessages` for the open thread. */
export function UniLinkApp({ client, conversationIds, openId }: AppProps) {
  return (
    // The Profiler wraps the provider: one inside would miss commits that only reach it through context.
    <Profiler id="unilink" onRender={countCommit}>
      <UniLinkProvider client={client}>
        <ul>
          {conversationIds.map((id) => (
            <ConversationRow key={id} id={id} />
          ))}
        </ul>
        <Thread id={openId} />
      </UniLinkProvider>
    </Profiler>
  );
}
