import { type Label, selectConversationLabels } from "@unilink/core";
import { shallow } from "zustand/vanilla/shallow";
import { useSelected } from "../../internal/use-selected";

/**
 * A conversation's labels with their colours from the account's label list
 * (a label the list does not know comes back with `color: null`). Reads
 * the store only: mount {@link useAccountLabels} once to fetch the list.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const labels = useConversationLabels(conversationId);
 */
export function useConversationLabels(conversationId: number): readonly Label[] {
  return useSelected(
    "useConversationLabels",
    (state) => selectConversationLabels(state, conversationId),
    shallow,
  );
}
