import type { Owner, TrieChange } from "./hash-trie";

/**
 * A persistent vector (32-wide tree plus a tail of the newest items): the
 * storage behind the store's message id lists. Items sit by position, so an
 * append writes into the tail (no hash, no key string, no leaf object) and
 * reading the newest items never walks the tree, whatever the length.
 *
 * As with the hash trie, a write given an `owner` (a batch's token) changes
 * in place what that owner made earlier: those chunks are reachable only
 * from versions the batch has not published yet.
 */

const BITS = 5;
const WIDTH = 32;
const MASK = 31;

/** A tree node (its items are chunks) or a leaf or tail (its items are the values). */
class Chunk {
  constructor(
    readonly items: unknown[],
    readonly owner: Owner | undefined,
  ) {}
}

/** One version of a vector: immutable unless `owner` is the writer's. */
export interface Vector {
  /** Full leaves only; the newest 1 to 32 items are in `tail`. */
  readonly root: Chunk;
  /** `BITS` times the levels from the root down to the leaves' parents. */
  readonly shift: number;
  readonly tail: Chunk;
  readonly size: number;
  readonly owner: Owner | undefined;
  /** Bumped by every change in place, so views can tell their caches are stale. */
  readonly edits: number;
}

type Draft = { -readonly [P in keyof Vector]: Vector[P] };

/**
 * What a batch did to a vector it made: the version it started from, and
 * the lowest position it wrote since. Settling then compares those
 * positions only (appends and pops touch the end), as a trie's write log does.
 */
interface WriteLog {
  readonly base: Vector;
  from: number;
}

/** The batch token's entries for vectors (its trie entries are keyed by tries, never by vectors). */
const logsOf = (owner: Owner) => owner as unknown as Map<Vector, WriteLog>;

/** The version after a write at `written` and above: `vector` itself, changed in place, when `owner` made it. */
function next(
  vector: Vector,
  root: Chunk,
  shift: number,
  tail: Chunk,
  size: number,
  owner: Owner | undefined,
  written: number,
): Vector {
  if (owner === undefined) return { root, shift, tail, size, owner, edits: 0 };
  if (vector.owner !== owner) {
    const made: Vector = { root, shift, tail, size, owner, edits: 0 };
    logsOf(owner).set(made, { base: vector, from: written });
    return made;
  }
  const log = logsOf(owner).get(vector);
  if (log && written < log.from) log.from = written;
  const draft = vector as Draft;
  draft.root = root;
  draft.shift = shift;
  draft.tail = tail;
  draft.size = size;
  draft.edits++;
  return vector;
}

/** The vector that holds nothing (shared, never changed). */
export const EMPTY_VECTOR: Vector = Object.freeze({
  root: new Chunk([], undefined),
  shift: BITS,
  tail: new Chunk([], undefined),
  size: 0,
  owner: undefined,
  edits: 0,
});

/** `chunk`, or its copy when `owner` did not make it. */
function writable(chunk: Chunk, owner: Owner | undefined): Chunk {
  return owner !== undefined && chunk.owner === owner
    ? chunk
    : new Chunk(chunk.items.slice(), owner);
}

/** Where the tail starts. */
function tailStart(vector: Vector): number {
  return vector.size - vector.tail.items.length;
}

/** The leaf holding `index` (below the tail). */
function leafOf(vector: Vector, index: number): Chunk {
  let node = vector.root;
  for (let shift = vector.shift; shift > 0; shift -= BITS) {
    node = node.items[(index >>> shift) & MASK] as Chunk;
  }
  return node;
}

/** The leaf or tail that starts at `start` (a multiple of `WIDTH`), if the vector reaches it. */
function chunkAt(vector: Vector, start: number): Chunk | undefined {
  if (start >= vector.size) return undefined;
  return start >= tailStart(vector) ? vector.tail : leafOf(vector, start);
}

/** The item at `index`; `undefined` outside `0 .. size - 1`. */
export function vectorGet(vector: Vector, index: number): unknown {
  if (!(index >= 0 && index < vector.size)) return undefined;
  const start = tailStart(vector);
  if (index >= start) return vector.tail.items[index - start];
  return leafOf(vector, index).items[index & MASK];
}

/** A path of new nodes from `shift` down to `leaf`. */
function path(shift: number, leaf: Chunk, owner: Owner | undefined): Chunk {
  return shift === 0 ? leaf : new Chunk([path(shift - BITS, leaf, owner)], owner);
}

/** `node` with `leaf` placed as the leaf of the items from `index` on. */
function withLeaf(
  node: Chunk,
  shift: number,
  index: number,
  leaf: Chunk,
  owner: Owner | undefined,
): Chunk {
  const copy = writable(node, owner);
  const slot = (index >>> shift) & MASK;
  const child = node.items[slot] as Chunk | undefined;
  copy.items[slot] =
    shift === BITS
      ? leaf
      : child
        ? withLeaf(child, shift - BITS, index, leaf, owner)
        : path(shift - BITS, leaf, owner);
  return copy;
}

/** `vector` with `item` appended. */
export function vectorPush(vector: Vector, item: unknown, owner?: Owner): Vector {
  const { size, shift } = vector;
  if (vector.tail.items.length < WIDTH) {
    const tail = writable(vector.tail, owner);
    tail.items.push(item);
    return next(vector, vector.root, shift, tail, size + 1, owner, size);
  }
  // The full tail becomes a leaf of the tree; the tree grows a level when its root is full.
  const start = size - WIDTH;
  const full = start === 1 << (shift + BITS);
  const root = full
    ? new Chunk([vector.root, path(shift, vector.tail, owner)], owner)
    : withLeaf(vector.root, shift, start, vector.tail, owner);
  const tail = new Chunk([item], owner);
  return next(vector, root, full ? shift + BITS : shift, tail, size + 1, owner, size);
}

/** `node` without the leaf of `index` (the last one); `undefined` when nothing is left in it. */
function withoutLastLeaf(
  node: Chunk,
  shift: number,
  index: number,
  owner: Owner | undefined,
): Chunk | undefined {
  const slot = (index >>> shift) & MASK;
  const child =
    shift === BITS
      ? undefined
      : withoutLastLeaf(node.items[slot] as Chunk, shift - BITS, index, owner);
  if (child === undefined && slot === 0) return undefined;
  const copy = writable(node, owner);
  if (child === undefined) copy.items.length = slot;
  else copy.items[slot] = child;
  return copy;
}

/** `vector` without its last item. */
export function vectorPop(vector: Vector, owner?: Owner): Vector {
  const { size, shift } = vector;
  if (size === 0) return vector;
  if (vector.tail.items.length > 1 || size === 1) {
    const tail = writable(vector.tail, owner);
    tail.items.pop();
    return next(vector, vector.root, shift, tail, size - 1, owner, size - 1);
  }
  // The tail empties: the tree's last leaf becomes the tail.
  const last = size - 2;
  const tail = leafOf(vector, last);
  let root = withoutLastLeaf(vector.root, shift, last, owner) ?? new Chunk([], owner);
  let height = shift;
  if (height > BITS && root.items.length === 1) {
    root = root.items[0] as Chunk;
    height -= BITS;
  }
  return next(vector, root, height, tail, size - 1, owner, size - 1);
}

/** A vector of `items`. */
export function vectorOf(items: Iterable<unknown>): Vector {
  // A token of its own: the new chunks are filled in place, then never written again.
  const filler: Owner = new Map();
  let vector = EMPTY_VECTOR;
  for (const item of items) vector = vectorPush(vector, item, filler);
  // The chunks keep `filler` as their owner: its write log must not stay with them.
  filler.clear();
  return vector;
}

/** Every item, in order. */
export function vectorItems(vector: Vector): unknown[] {
  const items: unknown[] = [];
  const start = tailStart(vector);
  for (let index = 0; index < start; index += WIDTH) items.push(...leafOf(vector, index).items);
  items.push(...vector.tail.items);
  return items;
}

/**
 * The positions (as keys: `"0"`, `"1"`...) whose items differ between
 * `before` and `after`, compared leaf by leaf: a leaf the two share costs
 * one identity check, others are compared item by item. When `owner` made
 * `after` from `before` (a batch settling), only the leaves from the lowest
 * position it wrote are visited, so the cost follows what changed.
 */
export function vectorDiff(before: Vector, after: Vector, owner?: Owner): TrieChange[] {
  const changes: TrieChange[] = [];
  if (before === after) return changes;
  const log = owner !== undefined && after.owner === owner ? logsOf(owner).get(after) : undefined;
  const from = log?.base === before ? log.from : 0;
  const end = Math.max(before.size, after.size);
  for (let start = from - (from % WIDTH); start < end; start += WIDTH) {
    const left = chunkAt(before, start);
    const right = chunkAt(after, start);
    // One chunk holds the same items in both (a full tail that became a leaf, say).
    if (left !== undefined && left === right) continue;
    for (let index = start; index < Math.min(end, start + WIDTH); index++) {
      const a = left?.items[index - start];
      const b = right?.items[index - start];
      const inBefore = index < before.size;
      const inAfter = index < after.size;
      if (a !== b || inBefore !== inAfter) {
        changes.push({ key: String(index), before: a, inBefore, after: b, inAfter });
      }
    }
  }
  return changes;
}
