import type { LoadOutcome, LoadState, UniLinkError, UniLinkState } from "@unilink/core";
import { useMemo } from "react";
import { shallow } from "zustand/vanilla/shallow";
import { useSelected } from "../../internal/use-selected";
import type { LoadView } from "./load-view";
import { useAutoLoad } from "./use-auto-load";

/** What a loadable hook reads and calls. `load` and `loadMore` must be stable (useCallback). */
export interface LoadableSource<T> {
  /** For the outside-provider error. */
  readonly hookName: string;
  /** Options were given: return the view. Otherwise the bare items, and no load state is read. */
  readonly asView: boolean;
  /** Fetch on mount and when `load` changes (view form only). */
  readonly autoLoad: boolean;
  readonly selectItems: (state: UniLinkState) => T;
  readonly selectLoadState: (state: UniLinkState) => LoadState;
  readonly load: () => Promise<LoadOutcome>;
  readonly loadMore: () => Promise<LoadOutcome>;
}

/** The store fields a view shows; compared shallowly, so unrelated changes select the same slice. */
interface Slice<T> {
  readonly items: T;
  readonly isLoading: boolean;
  readonly error: UniLinkError | null;
  readonly hasMore: boolean;
  readonly loaded: boolean;
}

/**
 * The body of `useConversations` and `useMessages`: the bare items, or (view
 * form) `{[itemsName]: items, isLoading, error, hasMore, loaded, loadMore}`.
 * The same hooks run in both forms, so a component may switch between them.
 * The view object keeps its identity until one of its fields changes.
 */
export function useLoadable<K extends string, T>(
  itemsName: K,
  source: LoadableSource<T>,
): T | (LoadView & Readonly<Record<K, T>>) {
  const { asView, autoLoad, selectItems, selectLoadState, load, loadMore } = source;
  const selected = useSelected<T | Slice<T>>(
    source.hookName,
    (state) => {
      if (!asView) return selectItems(state);
      const { isLoading, error, hasMore, loaded } = selectLoadState(state);
      return { items: selectItems(state), isLoading, error, hasMore, loaded };
    },
    shallow,
  );
  const failure = useAutoLoad(asView && autoLoad, load);
  const slice = asView ? (selected as Slice<T>) : undefined;
  const failed = failure?.load === load ? failure.error : null;
  // Until the first answer, a view that is about to load says so (no empty flash).
  const waiting =
    autoLoad && slice !== undefined && !slice.loaded && slice.error === null && failed === null;
  const isLoading = (slice?.isLoading ?? false) || waiting;
  const error = slice ? (slice.error ?? (slice.loaded ? null : failed)) : null;
  const items = slice?.items;
  const hasMore = slice?.hasMore ?? false;
  const loaded = slice?.loaded ?? false;
  const view = useMemo(
    () =>
      asView
        ? ({ [itemsName]: items, isLoading, error, hasMore, loaded, loadMore } as LoadView &
            Readonly<Record<K, T>>)
        : undefined,
    [asView, itemsName, items, isLoading, error, hasMore, loaded, loadMore],
  );
  return view ?? (selected as T);
}
