import { type Conversation, selectConversation } from "@unilink/core";
import { useSelected } from "../internal/use-selected";

/**
 * One conversation by display id, `undefined` until it is known. Re-renders
 * only when that conversation changes: the store keeps an untouched
 * conversation's object identity, so a row per conversation is isolated
 * from events about the others.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * function ConversationRow({ id }: { id: number }) {
 *   const conversation = useConversation(id);
 *   return <li>{conversation?.meta?.sender?.name}</li>;
 * }
 */
export function useConversation(id: number): Conversation | undefined {
  return useSelected("useConversation", (state) => selectConversation(state, id));
}
