import { useRef } from "react";

const NONE: unique symbol = Symbol("none");

/**
 * Wraps `selector` so it returns its previous result while `isEqual` says
 * the new one is the same. zustand's `useStore` then sees an unchanged
 * snapshot and the component does not re-render. (Same technique as
 * zustand's `useShallow`, with any equality; it keeps us off
 * `use-sync-external-store`, whose CommonJS build would pin one React copy.)
 */
export function useEqualSelector<S, T>(
  selector: (state: S) => T,
  isEqual: (previous: T, next: T) => boolean,
): (state: S) => T {
  const previous = useRef<T | typeof NONE>(NONE);
  return (state) => {
    const next = selector(state);
    const last = previous.current;
    if (last !== NONE && (Object.is(last, next) || isEqual(last, next))) return last;
    previous.current = next;
    return next;
  };
}
