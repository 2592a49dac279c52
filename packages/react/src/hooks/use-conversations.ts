import {
  type Conversation,
  type ConversationListFilter,
  selectConversationList,
} from "@unilink/core";
import { shallow } from "zustand/vanilla/shallow";
import { useSelected } from "../internal/use-selected";

/**
 * Conversations matching `filter`, sorted as the filter says (core's
 * `selectConversationList`: newest activity first by default). The array
 * keeps its identity until a conversation in it changes or the list gains
 * or loses one, so a memoized list does not re-render for unrelated events.
 * `filter` may be an inline object: equal filters are equal by content.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const open = useConversations({ status: "open", assignee: "me", meUserId: me.id });
 * return open.map((c) => <ConversationRow key={c.id} id={c.id} />);
 */
export function useConversations(filter?: ConversationListFilter): readonly Conversation[] {
  return useSelected("useConversations", (state) => selectConversationList(state, filter), shallow);
}
