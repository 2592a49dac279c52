import {
  type CannedResponse,
  loadCannedResponses,
  selectCannedResponses,
  selectDirectoryLoadState,
} from "@unilink/core";
import { useCallback } from "react";
import { type DirectoryLoadView, useDirectory } from "./use-directory";

/** What {@link useCannedResponses} returns. */
export interface CannedResponsesView extends DirectoryLoadView {
  /** The saved replies matching `typed`, best matches first (core decides the order). */
  readonly cannedResponses: readonly CannedResponse[];
}

/**
 * The account's saved replies, filtered by what was typed after `/`
 * (core's `selectCannedResponses`), fetched after mount and after every
 * reconnect. `load: false` only reads the store (no request).
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const { cannedResponses } = useCannedResponses("ref");
 */
export function useCannedResponses(
  typed = "",
  options: { load?: boolean } = {},
): CannedResponsesView {
  const select = useCallback(
    (state: Parameters<typeof selectCannedResponses>[0]) => selectCannedResponses(state, typed),
    [typed],
  );
  return useDirectory(
    "useCannedResponses",
    "cannedResponses",
    select,
    (state) => selectDirectoryLoadState(state, "cannedResponses"),
    options.load === false ? undefined : loadCannedResponses,
  );
}
