import type { UniLinkState } from "@unilink/core";
import { useSelected } from "../internal/use-selected";

/**
 * Reads any slice of the store: the escape hatch behind every other hook.
 * The component re-renders only when `selector`'s result changes: by
 * identity (`Object.is`), or per `equalityFn` when given (e.g. zustand's
 * `shallow` for a selector that builds a new object or array each call).
 *
 * A selector that returns a fresh object on every call needs `equalityFn`,
 * otherwise React sees a new snapshot each time and re-renders in a loop.
 * On the server (and while hydrating) the selector reads the store's
 * initial state, so server and first client render agree.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const unread = useUniLinkStore((state) => state.notifications.unreadCount);
 * const ids = useUniLinkStore((state) => Object.keys(state.conversations), shallow);
 */
export function useUniLinkStore<T>(
  selector: (state: UniLinkState) => T,
  equalityFn?: (previous: T, next: T) => boolean,
): T {
  return useSelected("useUniLinkStore", selector, equalityFn);
}
