import { loadTeams, selectDirectoryLoadState, selectTeams, type Team } from "@unilink/core";
import { type DirectoryLoadView, useDirectory } from "./use-directory";

/** What {@link useTeams} returns. */
export interface TeamsView extends DirectoryLoadView {
  /** The account's teams. */
  readonly teams: readonly Team[];
}

/**
 * The account's teams, fetched after mount and again after every reconnect.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const { teams } = useTeams();
 */
export function useTeams(): TeamsView {
  return useDirectory(
    "useTeams",
    "teams",
    selectTeams,
    (state) => selectDirectoryLoadState(state, "teams"),
    loadTeams,
  );
}
