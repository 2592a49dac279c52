import { type DependencyList, type RefCallback, type RefObject, useCallback } from "react";

/**
 * A ref callback that stores the element in `target` and runs
 * `onCommit(element)` after React has updated the DOM, before the browser
 * paints, whenever `deps` change (a new callback identity makes React call
 * it again).
 *
 * Why not `useLayoutEffect`: React 18's server renderer logs a warning for
 * every `useLayoutEffect` it meets, and choosing `useEffect` by testing for
 * `document` fails wherever a DOM exists during server rendering (jsdom
 * tests, some edge runtimes). Server renderers never call refs, so this
 * runs only in the browser, at the same moment a layout effect would.
 */
export function useCommitRef<T extends HTMLElement>(
  target: RefObject<T | null>,
  onCommit: (element: T) => void,
  deps: DependencyList,
): RefCallback<T> {
  const commit = (element: T | null) => {
    target.current = element;
    if (element) onCommit(element);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when to re-run
  return useCallback(commit, deps);
}
