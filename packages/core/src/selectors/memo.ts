/** The empty list every list selector returns for "nothing", so it is always the same array. */
export const EMPTY: readonly never[] = Object.freeze([]);

/** True when both arrays hold the same items (by identity) in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/**
 * Memoizes a list derived from one state slice. Results are cached in a
 * WeakMap keyed by the slice (it never outgrows the states still alive), and
 * a result holding the same items as the previous one is that previous
 * array, so a change outside what the list shows does not produce a new array.
 */
export function memoizeList<S extends object, T>(
  derive: (slice: S) => readonly T[],
): (slice: S) => readonly T[] {
  const cache = new WeakMap<S, readonly T[]>();
  let last: readonly T[] = EMPTY;
  return (slice) => {
    const cached = cache.get(slice);
    if (cached) return cached;
    let result = derive(slice);
    if (result.length === 0) result = EMPTY;
    else if (sameItems(result, last)) result = last;
    cache.set(slice, result);
    last = result;
    return result;
  };
}
