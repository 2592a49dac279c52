import { type StoredMessage, selectMessages } from "@unilink/core";
import { useSelected } from "../internal/use-selected";

/**
 * A conversation's messages, oldest first, optimistic (pending) ones
 * included. The array keeps its identity until that conversation's messages
 * change; events about other conversations do not re-render the list.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const messages = useMessages(conversationId);
 * return messages.map((m) => <Bubble key={m.id} message={m} />);
 */
export function useMessages(conversationId: number): readonly StoredMessage[] {
  return useSelected("useMessages", (state) => selectMessages(state, conversationId));
}
