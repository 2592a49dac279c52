import type { UniLinkState } from "@unilink/core";
import { useStore } from "zustand";
import { useClientFor } from "./use-client-for";
import { useEqualSelector } from "./use-equal-selector";

/**
 * What every reading hook is made of: the provider's store, zustand's
 * `useStore` (useSyncExternalStore underneath, with the store's initial
 * state as the server snapshot) and a selector whose result is kept while
 * `isEqual` holds, so the component re-renders only when its slice changes.
 */
export function useSelected<T>(
  hookName: string,
  selector: (state: UniLinkState) => T,
  isEqual: (previous: T, next: T) => boolean = Object.is,
): T {
  const client = useClientFor(hookName);
  return useStore(client.store, useEqualSelector(selector, isEqual));
}
