import { Connection } from "../connection/connection";
import type { ConnectionOptions } from "../connection/options";
import type { RealtimeConnection } from "../connection/realtime";
import { SharedConnection } from "./shared-connection";
import { notSharing, type TabSharing } from "./sharing-state";
import { browserTabSharing, type TabSharingTransport } from "./transport";

/** A client's realtime link and its tab-sharing state. */
export interface RealtimeLink {
  connection: RealtimeConnection;
  sharing: TabSharing;
}

/**
 * Tab sharing turned on, as {@link shareAcrossTabs} makes it: the value of
 * the client's `shareAcrossTabs` option. It carries the sharing code, so an
 * app that never calls `shareAcrossTabs()` does not bundle it.
 */
export interface TabSharingLayer {
  /** @hidden Called once per client by `createUniLinkClient` (not an app API). */
  readonly createLink: (options: ConnectionOptions) => RealtimeLink;
}

/**
 * One socket per browser instead of one per page, for `createUniLinkClient`'s
 * (or `<UniLinkProvider>`'s) `shareAcrossTabs` option. Without an argument it
 * shares over the browser's Web Locks and `BroadcastChannel`, looked up when
 * each client is created; where either is missing (Node, React Native, old
 * browsers) that client keeps a socket of its own. `transport`: share over
 * that instead (tests, other runtimes).
 *
 * @example
 * const client = createUniLinkClient({ ...options, shareAcrossTabs: shareAcrossTabs() });
 */
export function shareAcrossTabs(transport?: TabSharingTransport): TabSharingLayer {
  return {
    createLink(options) {
      const shareOver = transport ?? browserTabSharing();
      if (!shareOver) return { connection: new Connection(options), sharing: notSharing };
      const shared = new SharedConnection(options, shareOver);
      return { connection: shared, sharing: shared };
    },
  };
}
