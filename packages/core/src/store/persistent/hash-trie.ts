/**
 * A persistent hash trie (32 slots per node): the storage behind the store's
 * records and message id lists. A write copies only the nodes on the path to
 * its key (a few dozen pointers, whatever the size), so every earlier
 * version stays intact and shares all the rest with the new one.
 *
 * A write given an `owner` (a batch's token) changes the nodes that owner
 * made earlier in place instead of copying them again: the nodes a batch
 * made are reachable only from versions it has not published yet.
 */

const BITS = 5;
const MASK = 31;

/** One entry of a trie. */
export interface TrieEntry {
  readonly key: string;
  readonly value: unknown;
  /** When the key was added: records list their string keys in this order, as objects do. */
  readonly seq: number;
}

/** How a trie stores an entry; entries whose keys share a full hash are chained. */
interface Leaf extends TrieEntry {
  readonly hash: number;
  readonly next: Leaf | undefined;
}

type Slot = TrieNode | Leaf | undefined;

class TrieNode {
  constructor(
    readonly slots: Slot[],
    readonly owner: Owner | undefined,
  ) {}
}

/**
 * A batch's token: for every trie the batch made, the version it was made
 * from and the keys the batch wrote into it since. Settling compares just
 * those keys instead of diffing the two versions. It goes with the batch,
 * so no version is kept alive by it. Vectors (`vector.ts`) keep their own
 * entries in it: the version a vector was made from and the lowest position written since.
 */
export type Owner = Map<Trie, [base: Trie, ...keys: string[]]>;

/** One version of a trie: immutable unless `owner` is the writer's (see the module comment). */
export interface Trie {
  readonly root: TrieNode;
  readonly size: number;
  readonly owner: Owner | undefined;
  /** Bumped by every change in place, so views can tell their caches are stale. */
  readonly edits: number;
  /** The `seq` of the next key added. */
  readonly nextSeq: number;
}

const emptyNode = (owner: Owner | undefined) =>
  new TrieNode(Array<Slot>(32).fill(undefined), owner);

/** The trie that holds nothing (shared, never changed). */
export const EMPTY_TRIE: Trie = Object.freeze({
  root: emptyNode(undefined),
  size: 0,
  owner: undefined,
  edits: 0,
  nextSeq: 0,
});

/** FNV-1a, as a signed 32-bit integer: a small integer is stored in the leaf, a larger number would be boxed. */
function hashOf(key: string): number {
  // The FNV offset basis 0x811c9dc5, as a signed 32-bit integer.
  let hash = -2128831035;
  for (let index = 0; index < key.length; index++) {
    hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  }
  return hash;
}

/** The entry stored under `key` (its `value` may be `undefined`), or `undefined` when there is none. */
export function trieFind(trie: Trie, key: string): { readonly value: unknown } | undefined {
  const hash = hashOf(key);
  let slot: Slot = trie.root;
  for (let shift = 0; slot instanceof TrieNode; shift += BITS) {
    slot = slot.slots[(hash >>> shift) & MASK];
  }
  while (slot && slot.key !== key) slot = slot.next;
  return slot;
}

/** The value stored under `key`, `undefined` when there is none. */
export function trieGet(trie: Trie, key: string): unknown {
  return trieFind(trie, key)?.value;
}

/** True when `key` is stored (possibly with the value `undefined`). */
export function trieHas(trie: Trie, key: string): boolean {
  return trieFind(trie, key) !== undefined;
}

/** One write: `value` under `key`, or its removal (`remove`). */
interface Write {
  readonly hash: number;
  readonly key: string;
  readonly value: unknown;
  readonly remove: boolean;
  readonly owner: Owner | undefined;
  readonly seq: number;
  /** Set by the write: the change in size. */
  delta: number;
  /** Set by the write: whether any slot changed (an owner's nodes change in place, keeping their identity). */
  changed: boolean;
}

/** `chain` after `write`. */
function rechain(chain: Leaf | undefined, write: Write): Leaf | undefined {
  let found: Leaf | undefined;
  let next: Leaf | undefined;
  for (let leaf = chain; leaf; leaf = leaf.next) {
    if (leaf.key === write.key) found = leaf;
    else next = { ...leaf, next };
  }
  write.delta = write.remove ? (found ? -1 : 0) : found ? 0 : 1;
  if (write.remove) return next;
  const { hash, key, value } = write;
  return { hash, key, value, seq: found?.seq ?? write.seq, next };
}

/** A node holding two chains of different hashes, split at `shift`. */
function split(a: Leaf, b: Leaf, shift: number, owner: Owner | undefined): TrieNode {
  const node = emptyNode(owner);
  const ia = (a.hash >>> shift) & MASK;
  const ib = (b.hash >>> shift) & MASK;
  if (ia === ib) node.slots[ia] = split(a, b, shift + BITS, owner);
  else {
    node.slots[ia] = a;
    node.slots[ib] = b;
  }
  return node;
}

/** `node` after `write` at `shift`: `node` itself when nothing changed or it is the owner's. */
function writeNode(node: TrieNode, shift: number, write: Write): TrieNode {
  const index = (write.hash >>> shift) & MASK;
  const slot = node.slots[index];
  let replacement: Slot;
  if (slot instanceof TrieNode) {
    const child = writeNode(slot, shift + BITS, write);
    const emptied = write.delta < 0 && child.slots.every((entry) => entry === undefined);
    // Unchanged, or changed in place (then this node is the owner's too).
    if (child === slot && !emptied) return node;
    replacement = emptied ? undefined : child;
  } else if (slot === undefined || slot.hash === write.hash) {
    if (
      write.remove ? !slot : slot?.key === write.key && !slot.next && slot.value === write.value
    ) {
      return node;
    }
    replacement = rechain(slot, write);
  } else {
    if (write.remove) return node;
    // Distinct 32-bit hashes differ within the 7 levels.
    replacement = split(slot, rechain(undefined, write) as Leaf, shift + BITS, write.owner);
  }
  const target =
    write.owner !== undefined && node.owner === write.owner
      ? node
      : new TrieNode(node.slots.slice(), write.owner);
  target.slots[index] = replacement;
  write.changed = true;
  return target;
}

function writeTrie(trie: Trie, key: string, value: unknown, remove: boolean, owner?: Owner): Trie {
  const write: Write = {
    hash: hashOf(key),
    key,
    value,
    remove,
    owner,
    seq: trie.nextSeq,
    delta: 0,
    changed: false,
  };
  const root = writeNode(trie.root, 0, write);
  if (!write.changed) return trie;
  const nextSeq = trie.nextSeq + (write.delta > 0 ? 1 : 0);
  const size = trie.size + write.delta;
  if (owner !== undefined && trie.owner === owner) {
    const draft = trie as { -readonly [P in keyof Trie]: Trie[P] };
    draft.root = root;
    draft.size = size;
    draft.nextSeq = nextSeq;
    draft.edits++;
    owner.get(trie)?.push(key);
    return trie;
  }
  const next = { root, size, owner, edits: 0, nextSeq };
  owner?.set(next, [trie, key]);
  return next;
}

/** `trie` with `key` set to `value`: `trie` itself when it already holds it, or when `owner` owns it (changed in place). */
export function trieSet(trie: Trie, key: string, value: unknown, owner?: Owner): Trie {
  return writeTrie(trie, key, value, false, owner);
}

/** `trie` without `key`: `trie` itself when `key` is absent, or when `owner` owns it (changed in place). */
export function trieRemove(trie: Trie, key: string, owner?: Owner): Trie {
  return writeTrie(trie, key, undefined, true, owner);
}

function collect(slot: Slot, out: Leaf[]): Leaf[] {
  if (slot instanceof TrieNode) for (const child of slot.slots) collect(child, out);
  else for (let leaf = slot; leaf; leaf = leaf.next) out.push(leaf);
  return out;
}

/** Every entry, in hash order. */
export function trieEntries(trie: Trie): TrieEntry[] {
  return collect(trie.root, []);
}

/** How a key differs between two versions (`inBefore`/`inAfter`: whether it is there). */
export interface TrieChange {
  readonly key: string;
  readonly before: unknown;
  readonly inBefore: boolean;
  readonly after: unknown;
  readonly inAfter: boolean;
}

/** Adds the keys of the entries in which the slots `a` and `b` differ (subtrees they share are skipped). */
function diffSlots(a: Slot, b: Slot, keys: string[]): void {
  if (a instanceof TrieNode && b instanceof TrieNode) {
    for (let index = 0; index < 32; index++) {
      if (a.slots[index] !== b.slots[index]) diffSlots(a.slots[index], b.slots[index], keys);
    }
  } else {
    // At least one side is a leaf chain (a few entries): all their keys.
    for (const leaf of collect(a, collect(b, []))) keys.push(leaf.key);
  }
}

/**
 * The keys whose values differ between `before` and `after`. When `owner`
 * made `after` from `before`, only the keys it wrote are compared; else
 * subtrees the two versions share are skipped. Either way the cost follows
 * what changed, not the size.
 */
export function trieDiff(before: Trie, after: Trie, owner?: Owner): TrieChange[] {
  const changes: TrieChange[] = [];
  const [base, ...keys] = owner?.get(after) ?? [];
  if (base !== before) {
    keys.length = 0;
    diffSlots(before.root, after.root, keys);
  }
  for (const key of new Set(keys)) {
    const a = trieFind(before, key);
    const b = trieFind(after, key);
    if (a?.value !== b?.value || !a !== !b) {
      changes.push({ key, before: a?.value, inBefore: !!a, after: b?.value, inAfter: !!b });
    }
  }
  return changes;
}
