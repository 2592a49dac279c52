import { useConversation, useConversations } from "@unilink/react";
import { memo } from "react";

interface ConversationsProps {
  me: number;
  selectedId: number | undefined;
  onSelect: (id: number) => void;
}

/** The agent's open conversations: fetched on mount, then kept live by events and resync. */
export function Conversations({ me, selectedId, onSelect }: ConversationsProps) {
  // The view form (a second argument) loads through the api and reports the load state.
  const { conversations, isLoading, error, hasMore, loadMore } = useConversations(
    { status: "open", assigneeType: "me" },
    { meUserId: me },
  );
  return (
    <>
      <ul aria-label="Conversations" aria-busy={isLoading}>
        {conversations.map((conversation) => (
          <Row
            key={conversation.id}
            id={conversation.id}
            selected={conversation.id === selectedId}
            onSelect={onSelect}
          />
        ))}
      </ul>
      {isLoading && <p role="status">Loading…</p>}
      {error && (
        <p role="alert">
          Could not load conversations.{" "}
          <button type="button" onClick={() => void loadMore()}>
            Retry
          </button>
        </p>
      )}
      {hasMore && !isLoading && (
        <button type="button" onClick={() => void loadMore()}>
          Load more
        </button>
      )}
    </>
  );
}

// Rows read their own conversation: an event about one conversation re-renders one row.
const Row = memo(function Row({
  id,
  selected,
  onSelect,
}: {
  id: number;
  selected: boolean;
  onSelect: (id: number) => void;
}) {
  const conversation = useConversation(id);
  const unread = conversation?.unread_count ?? 0;
  return (
    <li>
      <button type="button" aria-current={selected} onClick={() => onSelect(id)}>
        {conversation?.meta?.sender?.name ?? "Visitor"}
        {unread > 0 && ` (${unread} unread)`}
      </button>
    </li>
  );
});
