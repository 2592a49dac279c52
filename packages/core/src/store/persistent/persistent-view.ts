import {
  EMPTY_TRIE,
  type Owner,
  type Trie,
  type TrieChange,
  trieDiff,
  trieEntries,
  trieFind,
  trieRemove,
  trieSet,
} from "./hash-trie";

/**
 * Records and arrays backed by a {@link Trie}: a write copies a few trie
 * nodes instead of every key. Readers see a plain record (`record[key]`,
 * `Object.keys`, spread, `in`, JSON, `toEqual`) or array (`list[i]`,
 * `length`, iteration, `map`), in the key order of a plain one; writing to
 * them throws. Only the functions here make new versions.
 */

/**
 * The key under which a view answers its own trie (and nothing else does):
 * the store's code reads its records' tries through it, one cheap trap,
 * instead of keeping a table from views to tries (a `WeakMap` that every
 * new version of a record enters: its table stayed sized for all the
 * versions a burst made, about 4 MiB for 100,000 messages).
 */
const TRIE = Symbol();

/** A plain record's key order (integer-like keys ascending, then the others as added): a plain record's own. */
function orderedKeys(trie: Trie): string[] {
  // No prototype: a key "__proto__" stays a key.
  const record: Record<string, null> = Object.create(null);
  for (const { key } of trieEntries(trie).sort((a, b) => a.seq - b.seq)) record[key] = null;
  return Object.keys(record);
}

/** The proxy handler of one version (a list's keys are its indexes); it holds that version's trie. */
class View implements ProxyHandler<Record<string, unknown>> {
  /** The proxy this handler serves. */
  declare view: object;
  #keys: string[] | undefined;
  #keysAt = -1;
  constructor(
    readonly trie: Trie,
    readonly isList: boolean,
  ) {}

  keys(): string[] {
    if (!this.#keys || this.#keysAt !== this.trie.edits) {
      this.#keys = orderedKeys(this.trie);
      this.#keysAt = this.trie.edits;
    }
    return this.#keys;
  }

  /** The entry `key` reads from the trie (a frozen view reads its target, which then holds the same). */
  #entry(target: object, key: string | symbol) {
    return typeof key === "string" && Object.isExtensible(target)
      ? trieFind(this.trie, key)
      : undefined;
  }

  #isLength(target: object, key: string | symbol): boolean {
    return this.isList && key === "length" && Object.isExtensible(target);
  }

  get(target: Record<string, unknown>, key: string | symbol, receiver: unknown): unknown {
    // Only the view itself answers, not an object built on it (a proxy around it may read otherwise).
    if (key === TRIE) return receiver === this.view && this.trie;
    const entry = this.#entry(target, key);
    if (entry) return entry.value;
    return this.#isLength(target, key) ? this.trie.size : Reflect.get(target, key, receiver);
  }

  has(target: Record<string, unknown>, key: string | symbol): boolean {
    return this.#entry(target, key) !== undefined || Reflect.has(target, key);
  }

  ownKeys(target: Record<string, unknown>): (string | symbol)[] {
    if (!Object.isExtensible(target)) return Reflect.ownKeys(target);
    return this.isList ? [...this.keys(), "length"] : this.keys();
  }

  getOwnPropertyDescriptor(
    target: Record<string, unknown>,
    key: string | symbol,
  ): PropertyDescriptor | undefined {
    if (this.#isLength(target, key)) {
      return { value: this.trie.size, writable: true, enumerable: false, configurable: false };
    }
    const entry = this.#entry(target, key);
    if (!entry) return Reflect.getOwnPropertyDescriptor(target, key);
    return { value: entry.value, writable: true, enumerable: true, configurable: true };
  }

  /** Freezing (tests deep-freeze states) copies the entries onto the target first, as proxies require. */
  preventExtensions(target: Record<string, unknown>): boolean {
    if (Object.isExtensible(target)) {
      for (const key of this.keys()) target[key] = trieFind(this.trie, key)?.value;
    }
    return Reflect.preventExtensions(target);
  }

  /** Only `Object.freeze`, after `preventExtensions` copied the entries. */
  defineProperty(
    target: Record<string, unknown>,
    key: string | symbol,
    descriptor: PropertyDescriptor,
  ) {
    return !Object.isExtensible(target) && Reflect.defineProperty(target, key, descriptor);
  }

  set(): boolean {
    return false;
  }

  deleteProperty(): boolean {
    return false;
  }
}

function viewOf<T>(trie: Trie, isList: boolean): T {
  const handler = new View(trie, isList);
  handler.view = new Proxy(isList ? [] : {}, handler as ProxyHandler<object>);
  return handler.view as T;
}

/** The trie behind `value` when it is a view itself (not an object built on one, whose reads may differ). */
function trieOf(value: object): Trie | false | undefined {
  return (value as { [TRIE]?: Trie | false } | null | undefined)?.[TRIE];
}

/** A copy of `entries` nobody else can reach yet, so it is filled in place, then never written again. */
function fill(entries: Iterable<[string, unknown]>): Trie {
  const filler: Owner = new Map();
  let trie = EMPTY_TRIE;
  for (const [key, value] of entries) trie = trieSet(trie, key, value, filler);
  // The trie and its nodes keep `filler` as their owner: its write log (every key) would stay with them.
  filler.clear();
  return trie;
}

/** `record` as a persistent record: itself when it is one, else a copy (one enumeration). */
export function toPersistentRecord<K extends PropertyKey, V>(
  record: Readonly<Record<K, V>>,
): Readonly<Record<K, V>> {
  return trieOf(record) ? record : viewOf(fill(Object.entries(record)), false);
}

/** A new version of `value` (a view of `trie`, or `value` itself when that is the same trie). */
function version<T extends object>(value: T, trie: Trie): T {
  return trie === trieOf(value) ? value : viewOf<T>(trie, Array.isArray(value));
}

/** True for a persistent record or list. */
export function isView(value: unknown): boolean {
  return !!trieOf(value as object);
}

/**
 * The persistent `record` with `key` set to `value`: `record` itself when
 * the write changed nothing or changed the batch's (`owner`'s) nodes in place.
 */
export function withEntry<K extends PropertyKey, V>(
  record: Readonly<Record<K, V>>,
  key: K,
  value: V,
  owner?: Owner,
): Readonly<Record<K, V>> {
  const trie = trieOf(toPersistentRecord(record)) as Trie;
  return version(record, trieSet(trie, String(key), value, owner));
}

/** The persistent `record` without `key` (see {@link withEntry}). */
export function withoutEntry<K extends PropertyKey, V>(
  record: Readonly<Record<K, V>>,
  key: K,
  owner?: Owner,
): Readonly<Record<K, V>> {
  const trie = trieOf(toPersistentRecord(record)) as Trie;
  return version(record, trieRemove(trie, String(key), owner));
}

/**
 * `list` with `item` inserted at `index`, as a persistent list. Appending
 * (the usual case: messages mostly arrive in order) copies a few nodes; an
 * insert elsewhere rebuilds the list.
 */
export function insertAt<T>(
  list: readonly T[],
  index: number,
  item: T,
  owner?: Owner,
): readonly T[] {
  const trie = trieOf(list);
  if (trie && index === trie.size) return version(list, trieSet(trie, String(index), item, owner));
  const items = [...list];
  items.splice(index, 0, item);
  return viewOf(fill(items.map((value, at) => [String(at), value])), true);
}

/** `list` without the item at `index`, as a persistent list; dropping the last item copies a few nodes. */
export function removeAt<T>(list: readonly T[], index: number, owner?: Owner): readonly T[] {
  const trie = trieOf(list);
  if (trie && index === trie.size - 1) return version(list, trieRemove(trie, String(index), owner));
  const items = [...list];
  items.splice(index, 1);
  return viewOf(fill(items.map((value, at) => [String(at), value])), true);
}

/** The values of a record, or the items of a list, read straight from a view's trie (no trap per key). */
export function valuesOf<V>(value: Readonly<Record<PropertyKey, V>> | readonly V[]): V[] {
  const trie = trieOf(value);
  if (!trie) return Object.values(value);
  const keys = Array.isArray(value)
    ? Array.from({ length: trie.size }, (_, index) => String(index))
    : orderedKeys(trie);
  return keys.map((key) => trieFind(trie, key)?.value as V);
}

/** The values of a record in no particular order (a view's without sorting its keys): for walks. */
export function valuesInAnyOrder<V>(record: Readonly<Record<PropertyKey, V>>): V[] {
  const trie = trieOf(record);
  return trie ? trieEntries(trie).map((entry) => entry.value as V) : Object.values(record);
}

/** The keys whose values differ between two views (`undefined` unless both are views); see {@link trieDiff}. */
export function changedEntries(
  before: object,
  after: object,
  owner?: Owner,
): TrieChange[] | undefined {
  const a = trieOf(before);
  const b = trieOf(after);
  return a && b ? trieDiff(a, b, owner) : undefined;
}

/** `record[key]` (a list's item at `key`), read straight from a view's trie (no proxy trap). */
export function readEntry<V>(
  record: Readonly<Record<PropertyKey, V>> | readonly V[],
  key: string | number,
): V | undefined {
  const trie = trieOf(record);
  if (!trie) return (record as Record<PropertyKey, V>)[key];
  return trieFind(trie, String(key))?.value as V | undefined;
}

/** A list's `length`, read straight from a view's trie. */
export function lengthOf(list: readonly unknown[]): number {
  const trie = trieOf(list);
  return trie ? trie.size : list.length;
}
