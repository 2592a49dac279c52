import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EMPTY_TRIE,
  type Owner,
  type Trie,
  trieDiff,
  trieGet,
  trieHas,
  trieRemove,
  trieSet,
} from "../src/store/persistent/hash-trie";
import {
  changedEntries,
  insertAt,
  removeAt,
  toPersistentRecord,
  valuesOf,
  withEntry,
  withoutEntry,
} from "../src/store/persistent/persistent-view";
import {
  EMPTY_VECTOR,
  type Vector,
  vectorDiff,
  vectorGet,
  vectorItems,
  vectorOf,
  vectorPop,
  vectorPush,
} from "../src/store/persistent/vector";

describe("hash trie", () => {
  it("behaves like a Map over any sequence of writes, and never changes an earlier version", () => {
    const op = fc.tuple(
      fc.boolean(),
      fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.string()),
      fc.nat(),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const model = new Map<string, number>();
        const versions: [Trie, Map<string, number>][] = [];
        let trie = EMPTY_TRIE;
        for (const [remove, key, value] of ops) {
          trie = remove ? trieRemove(trie, key) : trieSet(trie, key, value);
          if (remove) model.delete(key);
          else model.set(key, value);
          versions.push([trie, new Map(model)]);
        }
        for (const [version, expected] of versions) {
          expect(version.size).toBe(expected.size);
          for (const [key, value] of expected) expect(trieGet(version, key)).toBe(value);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("keeps keys whose hashes collide apart", () => {
    // "k32728" and "k261234" have the same 32-bit FNV-1a hash.
    let trie = trieSet(EMPTY_TRIE, "k32728", "first");
    trie = trieSet(trie, "k261234", "second");
    expect(trieGet(trie, "k32728")).toBe("first");
    expect(trieGet(trie, "k261234")).toBe("second");
    trie = trieRemove(trie, "k32728");
    expect(trieHas(trie, "k32728")).toBe(false);
    expect(trieGet(trie, "k261234")).toBe("second");
    expect(trie.size).toBe(1);
  });

  it("writes of the owner change its own nodes in place; anyone else gets a new version", () => {
    const owner = new Map();
    const published = trieSet(EMPTY_TRIE, "a", 1);
    const draft = trieSet(published, "b", 2, owner);
    expect(draft).not.toBe(published);
    expect(trieSet(draft, "c", 3, owner)).toBe(draft);
    expect(trieGet(draft, "c")).toBe(3);
    expect(trieHas(published, "b")).toBe(false);
    const other = trieSet(draft, "d", 4, new Map());
    expect(other).not.toBe(draft);
    expect(trieHas(draft, "d")).toBe(false);
  });

  it("a batch's diff, read from the keys it wrote, is the diff of the two versions", () => {
    const op = fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 120 }).map(String), fc.nat(3));
    const byKey = (changes: ReturnType<typeof trieDiff>) =>
      [...changes].sort((a, b) => a.key.localeCompare(b.key));
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 100 }),
        fc.array(op, { maxLength: 60 }),
        (start, batch) => {
          let base = EMPTY_TRIE;
          for (const [remove, key, value] of start) {
            base = remove ? trieRemove(base, key) : trieSet(base, key, value);
          }
          const owner = new Map();
          let after = base;
          for (const [remove, key, value] of batch) {
            after = remove ? trieRemove(after, key, owner) : trieSet(after, key, value, owner);
          }
          expect(byKey(trieDiff(base, after, owner))).toEqual(byKey(trieDiff(base, after)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a diff lists only what differs between two versions", () => {
    let base = EMPTY_TRIE;
    for (let index = 0; index < 5_000; index++) base = trieSet(base, String(index), index);
    const next = trieRemove(trieSet(trieSet(base, "7", -7), "new", 1), "9");
    expect(
      trieDiff(base, next)
        .map((change) => change.key)
        .sort(),
    ).toEqual(["7", "9", "new"]);
    expect(trieDiff(base, base)).toEqual([]);
  });
});

describe("persistent record", () => {
  it("reads like the plain record it was made from, in the same key order", () => {
    const plain: Record<string, number> = { b: 1, 10: 2, a: 3, 2: 4 };
    const record = toPersistentRecord(plain);
    expect(record).not.toBe(plain);
    expect(Object.keys(record)).toEqual(Object.keys(plain));
    expect(Object.values(record)).toEqual(Object.values(plain));
    expect(valuesOf(record)).toEqual(Object.values(plain));
    expect({ ...record }).toEqual(plain);
    expect(record).toEqual(plain);
    expect(JSON.stringify(record)).toBe(JSON.stringify(plain));
    expect("a" in record && Object.hasOwn(record, 10) && !Object.hasOwn(record, "z")).toBe(true);
    expect(record.toString).toBe(Object.prototype.toString);
  });

  it("a write makes a new version and leaves the old one as it was; writes to a view throw", () => {
    const first = withEntry<number, string>({}, 1, "one");
    const second = withEntry<number, string>(first, 2, "two");
    const third = withoutEntry<number, string>(second, 1);
    expect(first).toEqual({ 1: "one" });
    expect(second).toEqual({ 1: "one", 2: "two" });
    expect(third).toEqual({ 2: "two" });
    expect(withEntry(second, 2, "two")).toBe(second);
    expect(withoutEntry<number, string>(second, 3)).toBe(second);
    expect(() => {
      (second as Record<number, string>)[3] = "three";
    }).toThrow(TypeError);
    expect(changedEntries(second, third)?.map((change) => change.key)).toEqual(["1"]);
  });

  it("can be deep-frozen like a plain record", () => {
    const record = withEntry<string, { n: number }>(toPersistentRecord({ a: { n: 1 } }), "b", {
      n: 2,
    });
    Object.freeze(record);
    expect(Object.isFrozen(record)).toBe(true);
    expect(record).toEqual({ a: { n: 1 }, b: { n: 2 } });
    expect(withEntry(record, "c", { n: 3 })).toEqual({
      a: { n: 1 },
      b: { n: 2 },
      c: { n: 3 },
    });
  });
});

describe("persistent list", () => {
  it("reads like an array through inserts and removals anywhere", () => {
    const op = fc.tuple(fc.boolean(), fc.nat(), fc.string());
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const model: string[] = [];
        let list: readonly string[] = [];
        for (const [remove, at, item] of ops) {
          if (remove && model.length > 0) {
            const index = at % model.length;
            model.splice(index, 1);
            list = removeAt(list, index);
          } else {
            const index = at % (model.length + 1);
            model.splice(index, 0, item);
            list = insertAt(list, index, item);
          }
        }
        expect(Array.isArray(list)).toBe(true);
        expect(list.length).toBe(model.length);
        expect([...list]).toEqual(model);
        expect(list).toEqual(model);
        expect(valuesOf(list)).toEqual(model);
        expect(list.map((item) => item)).toEqual(model);
        expect(list.indexOf(model[0] as string)).toBe(model.indexOf(model[0] as string));
      }),
      { numRuns: 60 },
    );
  });

  it("appending leaves the previous version as it was", () => {
    const one = insertAt([], 0, "a");
    const two = insertAt(one, 1, "b");
    expect([...one]).toEqual(["a"]);
    expect([...two]).toEqual(["a", "b"]);
    expect([...removeAt(two, 1)]).toEqual(["a"]);
    expect([...two]).toEqual(["a", "b"]);
    Object.freeze(two);
    expect(two).toEqual(["a", "b"]);
  });
});

describe("persistent vector", () => {
  /** The positions where two arrays differ, as `vectorDiff` reports them. */
  const naiveDiff = (a: unknown[], b: unknown[]) => {
    const changes = [];
    for (let index = 0; index < Math.max(a.length, b.length); index++) {
      const inBefore = index < a.length;
      const inAfter = index < b.length;
      if (a[index] !== b[index] || inBefore !== inAfter) {
        changes.push({ key: String(index), before: a[index], inBefore, after: b[index], inAfter });
      }
    }
    return changes;
  };

  it("behaves like an array over pops and appends in batches, past several tree levels, and never changes a published version", () => {
    // A batch: a run of pops, then a run of appends (so positions below both tails can
    // change), written with one owner (in place) or none.
    const batch = fc.tuple(fc.nat(80), fc.integer({ min: 0, max: 1_200 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(batch, { minLength: 1, maxLength: 6 }), (batches) => {
        const published: [Vector, number[]][] = [[EMPTY_VECTOR, []]];
        let vector = EMPTY_VECTOR;
        let model: number[] = [];
        let counter = 0;
        for (const [pops, appends, owned] of batches) {
          const owner: Owner | undefined = owned ? new Map() : undefined;
          const before = vector;
          const beforeModel = model;
          model = [...model];
          for (let i = 0; i < pops; i++) {
            vector = vectorPop(vector, owner);
            model.pop();
          }
          for (let i = 0; i < appends; i++) {
            vector = vectorPush(vector, counter, owner);
            model.push(counter++);
          }
          expect(vectorDiff(before, vector)).toEqual(naiveDiff(beforeModel, model));
          // With the batch's token, from its write log: the same positions.
          expect(vectorDiff(before, vector, owner)).toEqual(naiveDiff(beforeModel, model));
          published.push([vector, model]);
        }
        for (const [version, items] of published) {
          expect(version.size).toBe(items.length);
          expect(vectorItems(version)).toEqual(items);
          for (const index of [0, 31, 32, 1_023, 1_024, 1_056, items.length - 1, items.length]) {
            expect(vectorGet(version, index)).toBe(items[index]);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("a batch that pops items and appends them again changes nothing, by its write log too", () => {
    const items = Array.from({ length: 1_100 }, (_, index) => `id${index}`);
    const before = vectorOf(items);
    const owner: Owner = new Map();
    let after = before;
    for (let i = 0; i < 40; i++) after = vectorPop(after, owner);
    for (const item of items.slice(-40)) after = vectorPush(after, item, owner);
    expect(after).not.toBe(before);
    expect(vectorDiff(before, after, owner)).toEqual([]);
    after = vectorPush(after, "new", owner);
    expect(vectorDiff(before, after, owner)).toEqual(naiveDiff(items, [...items, "new"]));
    // A version the token did not make from `before` is diffed by its chunks.
    expect(vectorDiff(vectorOf(items.slice(0, 5)), after, owner)).toEqual(
      naiveDiff(items.slice(0, 5), [...items, "new"]),
    );
  });

  it("a diff between versions far apart lists exactly the positions that differ", () => {
    const a = vectorOf(Array.from({ length: 2_000 }, (_, index) => index));
    let b = a;
    for (let i = 0; i < 40; i++) b = vectorPop(b);
    for (let i = 0; i < 3; i++) b = vectorPush(b, -i);
    const items = vectorItems(b);
    expect(vectorDiff(a, b)).toEqual(naiveDiff(vectorItems(a), items));
    expect(vectorDiff(b, a)).toEqual(naiveDiff(items, vectorItems(a)));
    expect(vectorDiff(a, a)).toEqual([]);
  });

  it("a list view over a long vector reads like an array and diffs by position", () => {
    let list: readonly number[] = [];
    for (let index = 0; index < 1_100; index++) list = insertAt(list, index, index);
    const longer = insertAt(list, 1_100, 1_100);
    expect(longer.length).toBe(1_101);
    expect(longer[1_100]).toBe(1_100);
    expect(longer[1_024]).toBe(1_024);
    expect(longer["01" as unknown as number]).toBeUndefined();
    expect(list.length).toBe(1_100);
    expect(changedEntries(list, longer)).toEqual([
      { key: "1100", before: undefined, inBefore: false, after: 1_100, inAfter: true },
    ]);
    expect([...removeAt(longer, 1_100)]).toEqual([...list]);
  });
});
