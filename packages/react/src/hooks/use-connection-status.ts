import { type ConnectionStatus, selectConnectionStatus } from "@unilink/core";
import { useSelected } from "../internal/use-selected";

/**
 * The connection status (`idle`, `connecting`, `subscribing`, `connected`,
 * `reconnecting`, `unauthorized`, `disconnected`); re-renders only when it
 * changes. `idle` on the server.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const status = useConnectionStatus();
 * if (status === "reconnecting") return <Banner>Reconnecting…</Banner>;
 */
export function useConnectionStatus(): ConnectionStatus {
  return useSelected("useConnectionStatus", selectConnectionStatus);
}
