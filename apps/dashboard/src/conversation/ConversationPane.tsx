import { selectThreadLoadState } from "@unilink/core";
import {
  MessageComposer,
  MessageList,
  TypingIndicator,
  useConversation,
  useUniLinkClient,
  useUniLinkStore,
} from "@unilink/react";
import { useEffect } from "react";
import { agentApiOf } from "./agent-api";
import { ConversationHeader } from "./ConversationHeader";

/** Props of {@link ConversationPane}. */
interface ConversationPaneProps {
  conversationId: number | undefined;
  meUserId: number;
}

function OpenConversation({ id, meUserId }: { id: number; meUserId: number }) {
  const client = useUniLinkClient();
  const conversation = useConversation(id);
  const thread = useUniLinkStore((state) => selectThreadLoadState(state, id));
  const known = conversation !== undefined;

  useEffect(() => {
    void client.loadMessages(id);
  }, [client, id]);

  // Opened from a notification: the conversation may not be in any loaded list yet.
  useEffect(() => {
    if (known) return;
    agentApiOf(client)
      ?.getConversation(id)
      .then((loaded) => client.hydrate({ conversations: [loaded] }))
      .catch((error: unknown) =>
        console.warn("[dashboard] could not load the conversation", error),
      );
  }, [client, id, known]);

  return (
    <main className="pane" aria-label="Conversation">
      {conversation && <ConversationHeader conversation={conversation} meUserId={meUserId} />}
      <MessageList conversationId={id} loading={thread.isLoading && !thread.loaded} />
      <TypingIndicator conversationId={id} includePrivate />
      <MessageComposer conversationId={id} allowPrivate />
    </main>
  );
}

/** The open conversation: header, messages, who is typing (private notes too) and the reply box. */
export function ConversationPane({ conversationId, meUserId }: ConversationPaneProps) {
  if (conversationId === undefined) {
    return (
      <main className="pane pane--empty" aria-label="Conversation">
        <p>Select a conversation to read and reply.</p>
      </main>
    );
  }
  return <OpenConversation key={conversationId} id={conversationId} meUserId={meUserId} />;
}
