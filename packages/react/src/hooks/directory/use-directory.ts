import {
  type LoadOutcome,
  type LoadState,
  refreshOnResync,
  type UniLinkClient,
  type UniLinkError,
  type UniLinkState,
} from "@unilink/core";
import { useEffect } from "react";
import { shallow } from "zustand/vanilla/shallow";
import { useClientFor } from "../../internal/use-client-for";
import { useSelected } from "../../internal/use-selected";

/** The load state every directory hook returns beside its items. */
export interface DirectoryLoadView {
  /** A request is running. */
  readonly isLoading: boolean;
  /** Why the last request failed; `null` after a success. */
  readonly error: UniLinkError | null;
  /** At least one request succeeded. */
  readonly loaded: boolean;
}

/**
 * The body of the directory hooks (agents, teams, labels, canned responses,
 * a contact's details): the items and load state from the store, and
 * core's loader run after mount and again after every resync (reconnect,
 * wake-up), so a list fetched once never goes stale. `load` must be stable.
 */
export function useDirectory<K extends string, T>(
  hookName: string,
  itemsName: K,
  selectItems: (state: UniLinkState) => T,
  selectLoadState: (state: UniLinkState) => LoadState,
  load: ((client: UniLinkClient) => Promise<LoadOutcome>) | undefined,
): DirectoryLoadView & Readonly<Record<K, T>> {
  const client = useClientFor(hookName);
  useEffect(() => {
    // Directory lists are agent data: a contact's client has none to fetch.
    if (!load || client.api?.kind !== "agent") return;
    return refreshOnResync(client, () => load(client));
  }, [client, load]);
  return useSelected(
    hookName,
    (state) => {
      const { isLoading, error, loaded } = selectLoadState(state);
      return { [itemsName]: selectItems(state), isLoading, error, loaded } as DirectoryLoadView &
        Readonly<Record<K, T>>;
    },
    shallow,
  );
}
