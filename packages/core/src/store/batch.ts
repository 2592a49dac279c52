/**
 * Copy-on-write for one batch of store changes (a `dispatch` or a `hydrate`).
 *
 * Copying a 2,000-conversation record on every event made a run cost
 * events x conversations. Inside a batch, the first write to a record, list
 * or array copies it and registers the copy as a draft; later writes of the
 * same batch change that draft in place. Drafts are reachable only from
 * states the batch itself made, and the batch ends before its result is
 * published, so nothing a subscriber ever saw is mutated. Outside a batch
 * every write copies, which keeps the reducers pure for any other caller.
 */

/** What the running batch knows about a draft. */
export interface Draft {
  /** The object it was copied from. */
  readonly source: object;
  /** Keys written since the copy; only for records written through `setEntry`/`removeEntry`. */
  readonly touched: Set<PropertyKey> | undefined;
}

let drafts: WeakMap<object, Draft> | undefined;

/** Runs `body` as one batch; its drafts stop being writable when it returns or throws. */
export function runBatch<T>(body: () => T): T {
  // An app callback run inside a batch may start another one; each keeps its own drafts.
  const outer = drafts;
  drafts = new WeakMap();
  try {
    return body();
  } finally {
    drafts = outer;
  }
}

/** The running batch's record of `value`, when `value` is one of its drafts. */
export function draftOf(value: object): Draft | undefined {
  return drafts?.get(value);
}

/**
 * `value` itself when it is a draft of the running batch, else a shallow copy
 * (a draft when a batch runs). `trackKeys` records the keys written to it, so
 * that settling the batch compares only those.
 */
export function writable<T extends object>(value: T, trackKeys = false): T {
  if (drafts?.has(value)) return value;
  const copy = (Array.isArray(value) ? value.slice() : { ...value }) as T;
  drafts?.set(copy, { source: value, touched: trackKeys ? new Set() : undefined });
  return copy;
}

/** Notes that `key` of the draft `record` was written. */
export function touch(record: object, key: PropertyKey): void {
  drafts?.get(record)?.touched?.add(key);
}
