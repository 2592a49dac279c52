import { type Drafts, writable } from "./batch";
import { isView, toPersistentRecord, withEntry, withoutEntry } from "./persistent/persistent-view";
import type { UniLinkState } from "./state";

/** `record` as a persistent record; a batch notes the copy it made of a plain one. */
function persistent<K extends PropertyKey, V>(
  record: Readonly<Record<K, V>>,
  drafts: Drafts | undefined,
): Readonly<Record<K, V>> {
  const converted = toPersistentRecord(record);
  if (converted !== record) drafts?.persistentCopies.set(record, converted);
  return converted;
}

/**
 * Returns `record` with `key` set to `value`, as a persistent record (a
 * write copies a few trie nodes, not every key): `record` itself when it
 * already holds it, or when the batch (`drafts`) made it (changed in place).
 * With `drafts`, callers must not read "unchanged" from an identical result.
 */
export function setEntry<K extends PropertyKey, V>(
  record: Readonly<Record<K, V>>,
  key: K,
  value: V,
  drafts?: Drafts,
): Readonly<Record<K, V>> {
  if (!isView(record)) {
    // A plain record is made persistent only for a write that changes it.
    if (value !== undefined && record[key] === value) return record;
    return withEntry(persistent(record, drafts), key, value, drafts?.owner);
  }
  return withEntry(record, key, value, drafts?.owner);
}

/** Returns `record` without `key`: `record` itself when `key` is absent or the batch made it, else a new version. */
export function removeEntry<K extends PropertyKey, V>(
  record: Readonly<Record<K, V>>,
  key: K,
  drafts?: Drafts,
): Readonly<Record<K, V>> {
  if (!Object.hasOwn(record, key)) return record;
  return withoutEntry(persistent(record, drafts), key, drafts?.owner);
}

/**
 * `state` with its slice `key` set to `value`: `state` itself when it holds
 * it already; inside a batch (`drafts`) the batch's one copy of the state,
 * changed in place, so a batch does not copy the state once per event.
 */
export function withSlice<K extends keyof UniLinkState>(
  state: UniLinkState,
  key: K,
  value: UniLinkState[K],
  drafts?: Drafts,
): UniLinkState {
  if (state[key] === value) return state;
  const next = writable(state, drafts) as { -readonly [P in keyof UniLinkState]: UniLinkState[P] };
  next[key] = value;
  return next;
}
