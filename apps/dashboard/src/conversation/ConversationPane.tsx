import { selectThreadLoadState } from "@unilink/core";
import {
  ContactPanel,
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
  /** Opens another conversation (the contact's previous ones). */
  onOpen: (id: number) => void;
  /** Back to the list (shown on narrow screens, where the list is hidden). */
  onBack: () => void;
}

function OpenConversation({
  id,
  meUserId,
  onOpen,
  onBack,
}: {
  id: number;
  meUserId: number;
  onOpen: (id: number) => void;
  onBack: () => void;
}) {
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
      {conversation && (
        <ConversationHeader conversation={conversation} meUserId={meUserId} onBack={onBack} />
      )}
      <div className="pane__body">
        <div className="pane__thread">
          <MessageList conversationId={id} loading={thread.isLoading && !thread.loaded} />
          <TypingIndicator conversationId={id} includePrivate />
          <MessageComposer conversationId={id} allowPrivate />
        </div>
        <ContactPanel className="pane__contact" conversationId={id} onOpenConversation={onOpen} />
      </div>
    </main>
  );
}

/** The open conversation: header, messages, who is typing (private notes too) and the reply box. */
export function ConversationPane({
  conversationId,
  meUserId,
  onOpen,
  onBack,
}: ConversationPaneProps) {
  if (conversationId === undefined) {
    return (
      <main className="pane pane--empty" aria-label="Conversation">
        <p>Select a conversation to read and reply.</p>
      </main>
    );
  }
  return (
    <OpenConversation
      key={conversationId}
      id={conversationId}
      meUserId={meUserId}
      onOpen={onOpen}
      onBack={onBack}
    />
  );
}
