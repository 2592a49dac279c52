import { type Agent, loadAgents, selectAgents, selectDirectoryLoadState } from "@unilink/core";
import { type DirectoryLoadView, useDirectory } from "./use-directory";

/** What {@link useAgents} returns. */
export interface AgentsView extends DirectoryLoadView {
  /** The account's agents, sorted by name. */
  readonly agents: readonly Agent[];
}

/**
 * The account's agents (for assigning), fetched after mount and again
 * after every reconnect. The object keeps its identity until a field changes.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const { agents, isLoading } = useAgents();
 * return <select>{agents.map((a) => <option key={a.id}>{a.name}</option>)}</select>;
 */
export function useAgents(): AgentsView {
  return useDirectory(
    "useAgents",
    "agents",
    selectAgents,
    (state) => selectDirectoryLoadState(state, "agents"),
    loadAgents,
  );
}
