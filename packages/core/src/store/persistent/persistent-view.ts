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
import {
  type Vector,
  vectorDiff,
  vectorGet,
  vectorItems,
  vectorOf,
  vectorPop,
  vectorPush,
} from "./vector";

/**
 * Records backed by a {@link Trie} and arrays backed by a {@link Vector}: a
 * write copies a few nodes instead of every key. Readers see a plain record (`record[key]`,
 * `Object.keys`, spread, `in`, JSON, `toEqual`) or array (`list[i]`,
 * `length`, iteration, `map`), in the key order of a plain one; writing to
 * them throws. Only the functions here make new versions.
 */

/** What a view reads: a record's trie or a list's vector. */
type Source = Trie | Vector;

const isVector = (source: Source): source is Vector => "tail" in source;

/** `key` as a list index when it names one (`"0"`, `"12"`, not `"01"`), else -1. */
function indexOf(key: string | number): number {
  const index = typeof key === "number" ? key : /^(0|[1-9]\d*)$/.test(key) ? Number(key) : -1;
  return Number.isInteger(index) ? index : -1;
}

/** `"0"` to `"size - 1"`. */
const indexes = (size: number) => Array.from({ length: size }, (_, index) => String(index));

/**
 * The key under which a view answers its own source (and nothing else does):
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

/** The proxy handler of one version (a list's keys are its indexes); it holds that version's source. */
class View implements ProxyHandler<Record<string, unknown>> {
  /** The proxy this handler serves. */
  declare view: object;
  #keys: string[] | undefined;
  #keysAt = -1;
  constructor(
    readonly source: Source,
    readonly isList: boolean,
  ) {}

  keys(): string[] {
    const { source } = this;
    if (!this.#keys || this.#keysAt !== source.edits) {
      this.#keys = isVector(source) ? indexes(source.size) : orderedKeys(source);
      this.#keysAt = source.edits;
    }
    return this.#keys;
  }

  /** The entry `key` reads from the source (a frozen view reads its target, which then holds the same). */
  #entry(target: object, key: string | symbol): { readonly value: unknown } | undefined {
    if (typeof key !== "string" || !Object.isExtensible(target)) return undefined;
    const { source } = this;
    if (!isVector(source)) return trieFind(source, key);
    const index = indexOf(key);
    return index >= 0 && index < source.size ? { value: vectorGet(source, index) } : undefined;
  }

  #isLength(target: object, key: string | symbol): boolean {
    return this.isList && key === "length" && Object.isExtensible(target);
  }

  get(target: Record<string, unknown>, key: string | symbol, receiver: unknown): unknown {
    // Only the view itself answers, not an object built on it (a proxy around it may read otherwise).
    if (key === TRIE) return receiver === this.view && this.source;
    const entry = this.#entry(target, key);
    if (entry) return entry.value;
    return this.#isLength(target, key) ? this.source.size : Reflect.get(target, key, receiver);
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
      return { value: this.source.size, writable: true, enumerable: false, configurable: false };
    }
    const entry = this.#entry(target, key);
    if (!entry) return Reflect.getOwnPropertyDescriptor(target, key);
    return { value: entry.value, writable: true, enumerable: true, configurable: true };
  }

  /** Freezing (tests deep-freeze states) copies the entries onto the target first, as proxies require. */
  preventExtensions(target: Record<string, unknown>): boolean {
    if (Object.isExtensible(target)) {
      for (const key of this.keys()) target[key] = this.#entry(target, key)?.value;
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

function viewOf<T>(source: Source): T {
  const isList = isVector(source);
  const handler = new View(source, isList);
  handler.view = new Proxy(isList ? [] : {}, handler as ProxyHandler<object>);
  return handler.view as T;
}

/** The source behind `value` when it is a view itself (not an object built on one, whose reads may differ). */
function sourceOf(value: object): Source | false | undefined {
  // A primitive is not asked: reading a symbol from it would box it first.
  if (typeof value !== "object" || value === null) return undefined;
  return (value as { [TRIE]?: Source | false })[TRIE];
}

/** The trie behind `value` when it is a record view. */
function trieOf(value: object): Trie | undefined {
  const source = sourceOf(value);
  return source && !isVector(source) ? source : undefined;
}

/** The vector behind `value` when it is a list view. */
function vectorOfView(value: object): Vector | undefined {
  const source = sourceOf(value);
  return source && isVector(source) ? source : undefined;
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
  return trieOf(record) ? record : viewOf(fill(Object.entries(record)));
}

/** A new version of `value` (a view of `source`, or `value` itself when that is the same source). */
function version<T extends object>(value: T, source: Source): T {
  return source === sourceOf(value) ? value : viewOf<T>(source);
}

/** True for a persistent record or list. */
export function isView(value: unknown): boolean {
  return !!sourceOf(value as object);
}

/**
 * The persistent `record` with `key` set to `value`: `record` itself when
 * the write changed nothing or changed the batch's (`owner`'s) nodes in place.
 * A list is copied with the item replaced.
 */
export function withEntry<K extends PropertyKey, V>(
  record: Readonly<Record<K, V>>,
  key: K,
  value: V,
  owner?: Owner,
): Readonly<Record<K, V>> {
  if (Array.isArray(record)) {
    const items = [...(record as unknown[])];
    items[Number(key)] = value;
    return viewOf(vectorOf(items));
  }
  const trie = trieOf(record);
  const next = trieSet(trie ?? fill(Object.entries(record)), String(key), value, owner);
  return next === trie ? record : viewOf(next);
}

/** The persistent `record` without `key` (see {@link withEntry}). */
export function withoutEntry<K extends PropertyKey, V>(
  record: Readonly<Record<K, V>>,
  key: K,
  owner?: Owner,
): Readonly<Record<K, V>> {
  const trie = trieOf(record);
  const next = trieRemove(trie ?? fill(Object.entries(record)), String(key), owner);
  return next === trie ? record : viewOf(next);
}

/**
 * `list` with `item` inserted at `index`, as a persistent list. Appending
 * (the usual case: messages mostly arrive in order) writes to the vector's
 * tail; an insert elsewhere rebuilds the list.
 */
export function insertAt<T>(
  list: readonly T[],
  index: number,
  item: T,
  owner?: Owner,
): readonly T[] {
  const vector = vectorOfView(list);
  if (vector && index === vector.size) return version(list, vectorPush(vector, item, owner));
  const items = [...list];
  items.splice(index, 0, item);
  return viewOf(vectorOf(items));
}

/** `list` without the item at `index`, as a persistent list; dropping the last item is cheap. */
export function removeAt<T>(list: readonly T[], index: number, owner?: Owner): readonly T[] {
  const vector = vectorOfView(list);
  if (vector && index === vector.size - 1) return version(list, vectorPop(vector, owner));
  const items = [...list];
  items.splice(index, 1);
  return viewOf(vectorOf(items));
}

/** The values of a record, or the items of a list, read straight from a view's source (no trap per key). */
export function valuesOf<V>(value: Readonly<Record<PropertyKey, V>> | readonly V[]): V[] {
  const source = sourceOf(value);
  if (!source) return Object.values(value);
  if (isVector(source)) return vectorItems(source) as V[];
  return orderedKeys(source).map((key) => trieFind(source, key)?.value as V);
}

/** The values of a record in no particular order (a view's without sorting its keys): for walks. */
export function valuesInAnyOrder<V>(record: Readonly<Record<PropertyKey, V>>): V[] {
  const trie = trieOf(record);
  return trie ? trieEntries(trie).map((entry) => entry.value as V) : Object.values(record);
}

/**
 * The keys whose values differ between two views of the same kind
 * (`undefined` otherwise); see {@link trieDiff} and {@link vectorDiff}.
 */
export function changedEntries(
  before: object,
  after: object,
  owner?: Owner,
): TrieChange[] | undefined {
  const a = sourceOf(before);
  const b = sourceOf(after);
  if (!a || !b || isVector(a) !== isVector(b)) return undefined;
  if (!isVector(a) || !isVector(b)) return trieDiff(a as Trie, b as Trie, owner);
  return vectorDiff(a, b, owner);
}

/** `record[key]` (a list's item at `key`), read straight from a view's source (no proxy trap). */
export function readEntry<V>(
  record: Readonly<Record<PropertyKey, V>> | readonly V[],
  key: string | number,
): V | undefined {
  const source = sourceOf(record);
  if (!source) return (record as Record<PropertyKey, V>)[key];
  if (isVector(source)) return vectorGet(source, indexOf(key)) as V | undefined;
  return trieFind(source, String(key))?.value as V | undefined;
}

/** A list's `length`, read straight from a view's source. */
export function lengthOf(list: readonly unknown[]): number {
  const source = sourceOf(list);
  return source ? source.size : list.length;
}
