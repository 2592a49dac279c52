import { isPending } from "@unilink/core";
import { MessageComposer, useMarkRead, useMessages, useTyping } from "@unilink/react";

/** One conversation: its messages (latest page first, older on demand) and the reply box. */
export function ConversationPane({ conversationId }: { conversationId: number }) {
  const { messages, isLoading, hasMore, loadMore } = useMessages(conversationId, { load: true });
  const typists = useTyping(conversationId, { includePrivate: true });
  // While this pane is shown, new messages are marked read (the unread badge clears).
  useMarkRead(conversationId, { when: true });

  return (
    <section aria-label="Conversation">
      {hasMore && (
        <button type="button" disabled={isLoading} onClick={() => void loadMore()}>
          Older messages
        </button>
      )}
      <ol aria-label="Messages">
        {messages.map((message) => (
          <li key={message.id} className={message.private ? "note" : undefined}>
            <strong>{message.sender?.name ?? "You"}:</strong> {message.content}
            {isPending(message) && <small> ({message.status})</small>}
          </li>
        ))}
      </ol>
      <p role="status">{typists.length > 0 ? `${typists[0]?.user.name} is typing…` : ""}</p>
      {/* Sends optimistically, reports typing, and offers private notes to agents. */}
      <MessageComposer conversationId={conversationId} allowPrivate />
    </section>
  );
}
