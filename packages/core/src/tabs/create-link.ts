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
 * The connection of a client: shared with the other pages of the origin
 * when `share` asks for it and the runtime can (`true`: Web Locks and
 * `BroadcastChannel`; an object: that transport), else a socket of its own.
 */
export function createRealtimeLink(
  options: ConnectionOptions,
  share: boolean | TabSharingTransport | undefined,
): RealtimeLink {
  const transport = share === true ? browserTabSharing() : share || undefined;
  if (!transport) return { connection: new Connection(options), sharing: notSharing };
  const shared = new SharedConnection(options, transport);
  return { connection: shared, sharing: shared };
}
