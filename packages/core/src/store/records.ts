import { type Drafts, writable } from "./batch";

/**
 * Returns `record` with `key` set to `value`: `record` itself when it already
 * holds it or is one of `drafts` (changed in place), else a copy. With
 * `drafts`, callers must not read "unchanged" from an identical result.
 */
export function setEntry<K extends PropertyKey, V>(
  record: Readonly<Record<K, V>>,
  key: K,
  value: V,
  drafts?: Drafts,
): Readonly<Record<K, V>> {
  if (Object.hasOwn(record, key) && record[key] === value) return record;
  const target = writable(record as Record<K, V>, drafts, true);
  target[key] = value;
  drafts?.touch(target, key);
  return target;
}

/** Returns `record` without `key`: `record` itself when `key` is absent or it is one of `drafts`, else a copy. */
export function removeEntry<K extends PropertyKey, V>(
  record: Readonly<Record<K, V>>,
  key: K,
  drafts?: Drafts,
): Readonly<Record<K, V>> {
  if (!Object.hasOwn(record, key)) return record;
  const target = writable(record as Record<K, V>, drafts, true);
  delete target[key];
  drafts?.touch(target, key);
  return target;
}
