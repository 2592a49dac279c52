/** Returns `record` itself when `key` already holds `value`, else a copy with it set. */
export function setEntry<K extends PropertyKey, V>(
  record: Readonly<Record<K, V>>,
  key: K,
  value: V,
): Readonly<Record<K, V>> {
  if (Object.hasOwn(record, key) && record[key] === value) return record;
  return { ...record, [key]: value };
}

/** Returns `record` itself when `key` is absent, else a copy without it. */
export function removeEntry<K extends PropertyKey, V>(
  record: Readonly<Record<K, V>>,
  key: K,
): Readonly<Record<K, V>> {
  if (!Object.hasOwn(record, key)) return record;
  const copy = { ...record };
  delete copy[key];
  return copy;
}
