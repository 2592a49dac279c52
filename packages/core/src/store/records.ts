import { touch, writable } from "./batch";

/**
 * Returns `record` with `key` set to `value`: `record` itself when it already
 * holds it or is a draft of the running batch (changed in place), else a copy.
 * Callers must not read "unchanged" from an identical result.
 */
export function setEntry<K extends PropertyKey, V>(
  record: Readonly<Record<K, V>>,
  key: K,
  value: V,
): Readonly<Record<K, V>> {
  if (Object.hasOwn(record, key) && record[key] === value) return record;
  const target = writable(record as Record<K, V>, true);
  target[key] = value;
  touch(target, key);
  return target;
}

/** Returns `record` without `key`: `record` itself when `key` is absent or it is a draft, else a copy. */
export function removeEntry<K extends PropertyKey, V>(
  record: Readonly<Record<K, V>>,
  key: K,
): Readonly<Record<K, V>> {
  if (!Object.hasOwn(record, key)) return record;
  const target = writable(record as Record<K, V>, true);
  delete target[key];
  touch(target, key);
  return target;
}
