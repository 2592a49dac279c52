/**
 * Copy-on-write for one batch of store changes (a `dispatch` or a `hydrate`).
 *
 * Copying a 2,000-conversation record on every event made a run cost
 * events x conversations. A batch owns a {@link Drafts}: the first write to
 * a record, list or array copies it and registers the copy there; later
 * writes given the same `Drafts` change that copy in place. Whoever may
 * write in place receives the batch's `Drafts` explicitly; a write without
 * one always copies. Drafts are reachable only from states the batch made,
 * and the batch ends (dropping its `Drafts`) before its result is published,
 * so nothing a subscriber ever saw is mutated.
 */

/** What a batch knows about one of its copies. */
export interface Draft {
  /** The object it was copied from. */
  readonly source: object;
  /** Keys written since the copy; only for records written through `setEntry`/`removeEntry`. */
  readonly touched: Set<PropertyKey> | undefined;
}

/** The copies one batch made, which it may still change in place. */
export class Drafts {
  readonly #drafts = new WeakMap<object, Draft>();

  /** The record of `value`, when `value` is one of these drafts. */
  of(value: object): Draft | undefined {
    return this.#drafts.get(value);
  }

  /**
   * `value` itself when it is one of these drafts, else a shallow copy that
   * becomes one. `trackKeys` records the keys written to it, so that settling
   * the batch compares only those.
   */
  writable<T extends object>(value: T, trackKeys = false): T {
    if (this.#drafts.has(value)) return value;
    const copy = (Array.isArray(value) ? value.slice() : { ...value }) as T;
    this.#drafts.set(copy, { source: value, touched: trackKeys ? new Set() : undefined });
    return copy;
  }

  /** Notes that `key` of the draft `record` was written. */
  touch(record: object, key: PropertyKey): void {
    this.#drafts.get(record)?.touched?.add(key);
  }
}

/** `value` made writable by `drafts` (see {@link Drafts.writable}); a plain copy without a batch. */
export function writable<T extends object>(
  value: T,
  drafts: Drafts | undefined,
  trackKeys = false,
): T {
  if (drafts) return drafts.writable(value, trackKeys);
  return (Array.isArray(value) ? value.slice() : { ...value }) as T;
}
