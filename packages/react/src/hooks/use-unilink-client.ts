import type { UniLinkClient } from "@unilink/core";
import { useClientFor } from "../internal/use-client-for";

/**
 * The {@link UniLinkClient} of the nearest `<UniLinkProvider>`: for
 * imperative calls (`client.hydrate`, `client.updatePresence`) and for
 * libraries building their own hooks. Never re-renders on its own.
 *
 * @throws Error when used outside `<UniLinkProvider>`.
 * @example
 * const client = useUniLinkClient();
 * useEffect(() => client.hydrate({ conversations: page }), [client, page]);
 */
export function useUniLinkClient(): UniLinkClient {
  return useClientFor("useUniLinkClient");
}
