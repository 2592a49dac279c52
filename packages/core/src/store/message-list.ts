import { type Drafts, writable } from "./batch";
import { compareMessages, messageKey } from "./message-order";
import { insertAt, lengthOf, readEntry, removeAt } from "./persistent/persistent-view";
import { removeEntry, setEntry } from "./records";
import type { MessageList, StoredMessage } from "./state";

/** The list of a conversation that has no messages yet (shared, never mutated). */
export const EMPTY_MESSAGE_LIST: MessageList = Object.freeze({
  ids: Object.freeze([]) as readonly string[],
  byId: Object.freeze({}),
});

type WritableList = { ids: readonly string[]; byId: Readonly<Record<string, StoredMessage>> };

/** First index whose message does not sort before `message`: binary search, O(1) for the usual append. */
function insertionIndex(list: MessageList, message: StoredMessage): number {
  const { ids, byId } = list;
  const length = lengthOf(ids);
  const last = readEntry(ids, length - 1);
  const lastMessage = last === undefined ? undefined : readEntry(byId, last);
  if (!lastMessage || compareMessages(lastMessage, message) < 0) return length;
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const other = readEntry(byId, readEntry(ids, middle) as string) as StoredMessage;
    if (compareMessages(other, message) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where the stored message `key` sits in `ids` (they are sorted, so binary search finds it). */
function indexOfStored(list: MessageList, key: string): number {
  const index = insertionIndex(list, readEntry(list.byId, key) as StoredMessage);
  return readEntry(list.ids, index) === key ? index : list.ids.indexOf(key);
}

/** Removes a message; returns `list` itself when it is not there (or when it is one of `drafts`). */
export function removeFromList(list: MessageList, key: string, drafts?: Drafts): MessageList {
  if (readEntry(list.byId, key) === undefined) return list;
  const index = indexOfStored(list, key);
  const next = writable(list, drafts) as WritableList;
  if (index >= 0) next.ids = removeAt(next.ids, index, drafts?.owner);
  next.byId = removeEntry(next.byId, key, drafts);
  return next;
}

/**
 * Puts `message` at its place, replacing the one with the same id. Returns
 * `list` itself when that exact object is already stored (or when `list` is
 * one of `drafts`, changed in place).
 */
export function upsertInList(
  list: MessageList,
  message: StoredMessage,
  drafts?: Drafts,
): MessageList {
  const key = messageKey(message);
  const existing = readEntry(list.byId, key);
  if (existing === message) return list;
  if (existing && compareMessages(existing, message) === 0) {
    const next = writable(list, drafts) as WritableList;
    next.byId = setEntry(next.byId, key, message, drafts);
    return next;
  }
  const base = existing ? removeFromList(list, key, drafts) : list;
  const index = insertionIndex(base, message);
  const next = writable(base, drafts) as WritableList;
  next.ids = insertAt(next.ids, index, key, drafts?.owner);
  next.byId = setEntry(next.byId, key, message, drafts);
  return next;
}

/** The newest message matching `accept`, scanning from the end (usually O(1)). */
export function findLast(
  list: MessageList,
  accept: (message: StoredMessage) => boolean,
): StoredMessage | undefined {
  for (let index = lengthOf(list.ids) - 1; index >= 0; index--) {
    const message = readEntry(list.byId, readEntry(list.ids, index) as string);
    if (message && accept(message)) return message;
  }
  return undefined;
}
