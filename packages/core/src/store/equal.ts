import type { Drafts } from "./batch";

/** Structural equality for JSON-like values (what payloads and entities are made of). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => deepEqual(item, b[index]));
  }
  if (Array.isArray(b)) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = Object.keys(aRecord);
  if (keys.length !== Object.keys(bRecord).length) return false;
  return keys.every((key) => Object.hasOwn(bRecord, key) && deepEqual(aRecord[key], bRecord[key]));
}

/**
 * Returns `previous` when `next` holds the same data, so that replaying an
 * event keeps object identity (and subscribers are not woken for nothing).
 */
export function preserve<T>(previous: T | undefined, next: T): T {
  return previous !== undefined && deepEqual(previous, next) ? previous : next;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Returns `next` with every part that equals the matching part of `previous`
 * replaced by that part of `previous` (and `previous` itself when all of it
 * is equal). Parts already identical are skipped in O(1), and a record the
 * batch (`drafts`) copied from `previous` is compared on the keys it wrote only,
 * so the cost is proportional to what a batch touched. Run once per batch, it
 * undoes changes that cancelled out inside the batch (typing on, then off).
 */
export function replaceEqualDeep<T>(previous: T, next: T, drafts?: Drafts): T {
  if (Object.is(previous, next)) return previous;
  if (Array.isArray(previous) && Array.isArray(next)) {
    let same = previous.length === next.length;
    const result = next.map((item, index) => {
      const kept = replaceEqualDeep(previous[index], item, drafts);
      if (kept !== previous[index]) same = false;
      return kept;
    });
    return (same ? previous : result) as T;
  }
  if (isPlainObject(previous) && isPlainObject(next)) {
    const draft = drafts?.of(next);
    if (draft?.touched && draft.source === previous) {
      return replaceTouched(previous, next, draft.touched, drafts) as T;
    }
    const nextKeys = Object.keys(next);
    let same = nextKeys.length === Object.keys(previous).length;
    const result: Record<string, unknown> = {};
    for (const key of nextKeys) {
      const kept = Object.hasOwn(previous, key)
        ? replaceEqualDeep(previous[key], next[key], drafts)
        : next[key];
      if (!Object.hasOwn(previous, key) || kept !== previous[key]) same = false;
      result[key] = kept;
    }
    return (same ? previous : result) as T;
  }
  return next;
}

/**
 * {@link replaceEqualDeep} for a draft copied from `previous`: its other keys
 * still hold `previous`'s values. The draft is changed in place; the batch
 * that made it has not published it yet.
 */
function replaceTouched(
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
  touched: ReadonlySet<PropertyKey>,
  drafts: Drafts | undefined,
): Record<string, unknown> {
  let same = true;
  for (const key of touched as ReadonlySet<string>) {
    const had = Object.hasOwn(previous, key);
    if (!Object.hasOwn(next, key)) {
      if (had) same = false;
      continue;
    }
    if (!had) {
      same = false;
      continue;
    }
    const kept = replaceEqualDeep(previous[key], next[key], drafts);
    next[key] = kept;
    if (kept !== previous[key]) same = false;
  }
  return same ? previous : next;
}
