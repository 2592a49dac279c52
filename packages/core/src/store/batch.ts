import type { Owner } from "./persistent/hash-trie";

/**
 * Copy-on-write for one batch of store changes (a `dispatch` or a `hydrate`).
 *
 * A batch owns a {@link Drafts}. Records and message id lists are persistent
 * (`persistent/`): a write copies the few trie nodes on its path, or a
 * list's tail, and later writes of the same batch change what it made in
 * place (`owner`).
 * Other objects (a state, a message list, a small array) are copied by the
 * first write and registered here; later writes given the same `Drafts`
 * change that copy in place. Whoever may write in place receives the
 * batch's `Drafts` explicitly; a write without one always copies. Drafts are
 * reachable only from states the batch made, and the batch ends (dropping
 * its `Drafts`) before its result is published, so nothing a subscriber
 * ever saw is mutated.
 */
export interface Drafts {
  /** The copies this batch made (see {@link writable}). */
  readonly copies: WeakSet<object>;
  /**
   * The persistent copies this batch made of plain records, by record, for
   * a write: settling compares only what changed since the copy.
   */
  readonly persistentCopies: WeakMap<object, object>;
  /**
   * Marks the trie nodes this batch made, which its later writes change in
   * place, and logs its writes; emptied when the batch is settled (`settle`) (published
   * nodes keep their mark, which must not keep earlier versions alive).
   */
  readonly owner: Owner;
}

/**
 * A new batch's {@link Drafts}. An object literal, not a class instance: a
 * batch's drafts die with it, and a class's instance shape (reached by
 * weak map transitions) would die with them at a full GC, throwing away
 * the optimized code of every function that reads drafts; a literal's
 * shape stays with its boilerplate.
 */
export function createDrafts(): Drafts {
  return { copies: new WeakSet(), persistentCopies: new WeakMap(), owner: new Map() };
}

/** `value` itself when it is one of the batch's (`drafts`) copies, else a shallow copy that becomes one; a plain copy without a batch. */
export function writable<T extends object>(value: T, drafts: Drafts | undefined): T {
  if (drafts?.copies.has(value)) return value;
  const copy = (Array.isArray(value) ? value.slice() : { ...value }) as T;
  drafts?.copies.add(copy);
  return copy;
}
