import type { Drafts } from "./batch";
import type { TrieChange } from "./persistent/hash-trie";
import { changedEntries, isView, withEntry } from "./persistent/persistent-view";

/** Structural equality for JSON-like values (what payloads and entities are made of). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) if (!deepEqual(a[index], b[index])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  // `for...in` walks a plain object's cached key list; `Object.keys` would build an array per object.
  let count = 0;
  for (const key in aRecord) {
    if (!Object.hasOwn(aRecord, key)) continue;
    if (!Object.hasOwn(bRecord, key) || !deepEqual(aRecord[key], bRecord[key])) return false;
    count++;
  }
  for (const key in bRecord) if (Object.hasOwn(bRecord, key)) count--;
  return count === 0;
}

/**
 * Returns `previous` when `next` holds the same data, so that replaying an
 * event keeps object identity (and subscribers are not woken for nothing).
 */
export function preserve<T>(previous: T | undefined, next: T): T {
  return previous !== undefined && deepEqual(previous, next) ? previous : next;
}

/**
 * `{ ...stored, ...fields }`, or `stored` itself when that holds the same
 * data (what `preserve` decides, without building the merge first: most
 * events repeat what is stored). `fields` must be an object the caller made
 * for this (`entityOf`, a rest copy, a literal): with nothing stored, it
 * becomes the entity, so a new entity costs no copy.
 */
export function mergeEntity<T extends object>(stored: T | undefined, fields: object): T {
  if (stored === undefined) return fields as T;
  const before = stored as Record<string, unknown>;
  const source = fields as Record<string, unknown>;
  let merged: Record<string, unknown> | undefined;
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (!merged) {
      // Keys equal so far are kept as stored; the first difference starts the copy.
      if (Object.hasOwn(before, key) && deepEqual(before[key], value)) continue;
      merged = { ...before };
    }
    merged[key] = value;
  }
  return (merged ?? stored) as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Returns `next` with every part that equals the matching part of `previous`
 * replaced by that part of `previous` (and `previous` itself when all of it
 * is equal). Parts already identical are skipped in O(1), and two versions
 * of a view (persistent record or list) are compared on the entries that
 * differ between their tries only, so the cost follows what a batch touched.
 * An entry of a view that holds no view itself (an entity, not a message
 * list) is kept whole when equal and taken as it is otherwise: the reducers
 * keep the identity of every part an event leaves alone, so rebuilding it
 * part by part would copy each changed entity for nothing.
 * Run once per batch, it undoes changes that cancelled out inside it (typing on, then off).
 */
export function replaceEqualDeep<T>(previous: T, next: T, drafts?: Drafts): T {
  if (Object.is(previous, next)) return previous;
  if (!isPlainObject(previous) || !isPlainObject(next)) {
    if (!Array.isArray(previous) || !Array.isArray(next)) return next;
  }
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  // Two versions of a view (persistent record or list), or a plain record the batch copied into one.
  const changes = changedEntries(
    drafts?.persistentCopies.get(before) ?? before,
    after,
    drafts?.owner,
  );
  if (changes) return replaceChanged(before, after, changes, drafts) as T;
  const persistent = isView(after);
  if (!persistent && Array.isArray(after) && Array.isArray(before) && !isView(before)) {
    return replaceEqualItems(before, after, drafts) as T;
  }
  const keys = Object.keys(after);
  let same = keys.length === Object.keys(before).length;
  // A fresh object (what the caller handed in may still be changed by it); a view stays one.
  let result = (persistent ? after : Array.isArray(after) ? [] : {}) as Record<string, unknown>;
  for (const key of keys) {
    const had = Object.hasOwn(before, key);
    const kept = had ? replaceEqualDeep(before[key], after[key], drafts) : after[key];
    if (!had || kept !== before[key]) same = false;
    if (!persistent) result[key] = kept;
    else if (kept !== after[key]) result = withEntry(result, key, kept, drafts?.owner);
  }
  return (same ? previous : result) as T;
}

/** Two plain arrays, item by item (listing their keys would spell every index as a string). */
function replaceEqualItems(
  previous: unknown[],
  next: unknown[],
  drafts: Drafts | undefined,
): unknown[] {
  let same = previous.length === next.length;
  const result = next.slice();
  for (let index = 0; index < next.length; index++) {
    const item = next[index];
    const kept =
      index < previous.length && (typeof item === "object" || previous[index] !== item)
        ? replaceEqualDeep(previous[index], item, drafts)
        : item;
    if (kept !== previous[index]) same = false;
    result[index] = kept;
  }
  return same ? previous : result;
}

/** Only the entries that differ between two versions are compared. */
function replaceChanged(
  previous: Record<string, unknown>,
  next: Record<string, unknown>,
  changes: readonly TrieChange[],
  drafts: Drafts | undefined,
): Record<string, unknown> {
  let same = true;
  let result = next;
  // A record's entries are alike: whether they are entities is read from one of them.
  let entities: boolean | undefined;
  for (const { key, before, inBefore, after, inAfter } of changes) {
    let kept = after;
    if (inBefore && inAfter) {
      // Only in a batch, whose entities the store made itself: anything else is copied fresh.
      entities ??=
        drafts !== undefined &&
        !isView(after) &&
        !(isPlainObject(after) && Object.values(after).some(isView));
      if (!entities) kept = replaceEqualDeep(before, after, drafts);
      else if (deepEqual(before, after)) kept = before;
    }
    if (!inBefore || !inAfter || kept !== before) same = false;
    if (kept !== after) result = withEntry(result, key, kept, drafts?.owner);
  }
  return same ? previous : result;
}

/** Ends a batch: its result `next` settled against `previous` ({@link replaceEqualDeep}). */
export function settle<T>(previous: T, next: T, drafts: Drafts): T {
  const settled = replaceEqualDeep(previous, next, drafts);
  drafts.owner.clear();
  return settled;
}
