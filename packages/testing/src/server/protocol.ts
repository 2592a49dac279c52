/** The subprotocols a Rails ActionCable server knows, in its own order. */
export const CABLE_SUBPROTOCOLS = ["actioncable-v1-json", "actioncable-unsupported"] as const;

/**
 * Picks the subprotocol the way Rails' websocket-driver does: the first one
 * the client offered (in the client's order) that the server knows. `false`
 * means the upgrade answers without a `Sec-WebSocket-Protocol` header: the
 * server still sends `welcome`, but a client that offered protocols fails the
 * handshake (measured against Rails 6.1).
 */
export function selectSubprotocol(offered: Iterable<string>): string | false {
  for (const protocol of offered) {
    if ((CABLE_SUBPROTOCOLS as readonly string[]).includes(protocol)) return protocol;
  }
  return false;
}
