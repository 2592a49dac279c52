import { valuesOf } from "../store/persistent/persistent-view";
import type { MessageList, StoredMessage, UniLinkState } from "../store/state";
import { EMPTY, memoizeList } from "./memo";

const toArray = memoizeList((list: MessageList) =>
  valuesOf(list.ids).map((id) => list.byId[id] as StoredMessage),
);

/**
 * A conversation's messages, oldest first, pending ones included. The same
 * array is returned until that conversation's messages change.
 */
export function selectMessages(
  state: UniLinkState,
  conversationId: number,
): readonly StoredMessage[] {
  const list = state.messages[conversationId];
  return list ? toArray(list) : EMPTY;
}

/** True when the message was deleted (its content is then a placeholder). */
export function isMessageDeleted(message: Pick<StoredMessage, "content_attributes">): boolean {
  return message.content_attributes?.deleted === true;
}
