import { isPending, type StoredMessage } from "@unilink/core";
import { useMessages, useRetryMessage, useTyping } from "@unilink/react";

/** A conversation's messages, oldest first, with optimistic ones marked. */
export function Thread({ conversationId }: { conversationId: number }) {
  const messages = useMessages(conversationId);
  // Agents see colleagues typing a private note too; a contact-facing UI leaves this out.
  const typists = useTyping(conversationId, { includePrivate: true });
  return (
    <section aria-label="Messages">
      {messages.map((message) => (
        <Bubble key={message.id} message={message} />
      ))}
      {typists.length > 0 && (
        <p role="status">
          {typists.map((typist) => typist.user.name).join(", ")} typing
          {typists.some((typist) => typist.isPrivate) ? " a private note" : ""}…
        </p>
      )}
    </section>
  );
}

function Bubble({ message }: { message: StoredMessage }) {
  const retry = useRetryMessage();
  // A pending message has a string id (its echo_id) until the server confirms it.
  if (!isPending(message)) {
    return <p className={message.private ? "note" : undefined}>{message.content}</p>;
  }
  return (
    <p data-state={message.status}>
      {message.content}
      {message.status === "sending" ? (
        <small> sending…</small>
      ) : (
        <button type="button" onClick={() => void retry(message.echo_id)}>
          Not sent. Retry
        </button>
      )}
    </p>
  );
}
