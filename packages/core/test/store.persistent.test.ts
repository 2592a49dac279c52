import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EMPTY_TRIE,
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
