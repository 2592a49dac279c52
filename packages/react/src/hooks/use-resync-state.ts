import { type ResyncState, selectResyncState } from "@unilink/core";
import { useSelected } from "../internal/use-selected";

/**
 * How the client's last resync went: `{status, at, error}` with status
 * `idle` (none yet), `running`, `ok` or `failed`. Core resyncs by itself
 * after every reconnect and after the page slept (refetching loaded lists,
 * threads and notifications); `useUniLinkClient().resync()` starts one.
 * Re-renders only when this state changes. For each result as it happens,
 * use `useUniLinkEvent("resync", (result) => ...)`.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const resync = useResyncState();
 * if (resync.status === "running") return <p role="status">Catching up…</p>;
 * if (resync.status === "failed") return <p role="alert">Could not refresh: {resync.error?.message}</p>;
 */
export function useResyncState(): ResyncState {
  return useSelected("useResyncState", selectResyncState);
}
