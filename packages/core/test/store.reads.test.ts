import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deepEqual, mergeEntity, preserve } from "../src/store/equal";
import {
  insertAt,
  lengthOf,
  readEntry,
  removeAt,
  toPersistentRecord,
  withEntry,
  withoutEntry,
} from "../src/store/persistent/persistent-view";

const json = fc.jsonValue({ maxDepth: 2 });
const entity = fc.dictionary(fc.constantFrom("id", "name", "status", "meta", "tags"), json);

describe("the store's direct reads", () => {
  it("read what a plain read of the record or list reads, frozen or not", () => {
    const op = fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 40 }), fc.nat());
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), fc.boolean(), (ops, freeze) => {
        let record = toPersistentRecord<string, number>({});
        let list: readonly string[] = insertAt([], 0, "first");
        for (const [remove, key, value] of ops) {
          record = remove
            ? withoutEntry(record, String(key))
            : withEntry(record, String(key), value);
          list =
            remove && list.length > 0
              ? removeAt(list, key % list.length)
              : insertAt(list, key % (list.length + 1), String(value));
        }
        if (freeze) {
          Object.freeze(record);
          Object.freeze(list);
        }
        for (let key = 0; key <= 40; key++) {
          expect(readEntry(record, key)).toBe(record[String(key)]);
          expect(readEntry(list, key)).toBe(list[key]);
        }
        expect(lengthOf(list)).toBe(list.length);
        expect(readEntry({ a: 1 }, "a")).toBe(1);
      }),
      { numRuns: 150 },
    );
  });
});

describe("merging a payload into a stored entity", () => {
  it("holds what the spread merge holds, and is the stored entity exactly when that holds the same", () => {
    fc.assert(
      fc.property(fc.option(entity, { nil: undefined }), entity, (stored, incoming) => {
        const { tags: _left, ...kept } = incoming;
        const merged = mergeEntity<Record<string, unknown>>(stored, kept);
        const spread = { ...stored, ...kept };
        expect(merged).toEqual(spread);
        expect(deepEqual(merged, spread)).toBe(true);
        expect(merged === stored).toBe(stored !== undefined && preserve(stored, spread) === stored);
      }),
      { numRuns: 300 },
    );
  });
});
