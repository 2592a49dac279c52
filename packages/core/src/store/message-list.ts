import { compareMessages, messageKey } from "./message-order";
import { setEntry } from "./records";
import type { MessageList, StoredMessage } from "./state";

/** The list of a conversation that has no messages yet (shared, never mutated). */
export const EMPTY_MESSAGE_LIST: MessageList = Object.freeze({
  ids: Object.freeze([]) as readonly string[],
  byId: Object.freeze({}),
});

/** Index where `message` belongs in `list.ids`: binary search, O(1) for the usual append. */
function insertionIndex(list: MessageList, message: StoredMessage): number {
  const { ids, byId } = list;
  const last = ids[ids.length - 1];
  const lastMessage = last === undefined ? undefined : byId[last];
  if (!lastMessage || compareMessages(lastMessage, message) < 0) return ids.length;
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = byId[ids[middle] as string] as StoredMessage;
    if (compareMessages(other, message) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Removes a message; returns `list` itself when it is not there. */
export function removeFromList(list: MessageList, key: string): MessageList {
  if (!Object.hasOwn(list.byId, key)) return list;
  const byId = { ...list.byId };
  delete byId[key];
  return { ids: list.ids.filter((id) => id !== key), byId };
}

/**
 * Puts `message` at its place, replacing the one with the same id. Returns
 * `list` itself when that exact object is already stored.
 */
export function upsertInList(list: MessageList, message: StoredMessage): MessageList {
  const key = messageKey(message);
  const existing = list.byId[key];
  if (existing === message) return list;
  if (existing && compareMessages(existing, message) === 0) {
    return { ids: list.ids, byId: setEntry(list.byId, key, message) };
  }
  const base = existing ? removeFromList(list, key) : list;
  const index = insertionIndex(base, message);
  const ids = [...base.ids.slice(0, index), key, ...base.ids.slice(index)];
  return { ids, byId: { ...base.byId, [key]: message } };
}

/** The newest message matching `accept`, scanning from the end (usually O(1)). */
export function findLast(
  list: MessageList,
  accept: (message: StoredMessage) => boolean,
): StoredMessage | undefined {
  for (let index = list.ids.length - 1; index >= 0; index--) {
    const message = list.byId[list.ids[index] as string];
    if (message && accept(message)) return message;
  }
  return undefined;
}
