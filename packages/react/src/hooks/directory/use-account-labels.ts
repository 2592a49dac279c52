import { type Label, loadLabels, selectDirectoryLoadState, selectLabels } from "@unilink/core";
import { type DirectoryLoadView, useDirectory } from "./use-directory";

/** What {@link useAccountLabels} returns. */
export interface AccountLabelsView extends DirectoryLoadView {
  /** The account's labels with their colours. */
  readonly labels: readonly Label[];
}

/**
 * The account's label list (titles and colours), fetched after mount and
 * again after every reconnect.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const { labels } = useAccountLabels();
 */
export function useAccountLabels(): AccountLabelsView {
  return useDirectory(
    "useAccountLabels",
    "labels",
    selectLabels,
    (state) => selectDirectoryLoadState(state, "labels"),
    loadLabels,
  );
}
