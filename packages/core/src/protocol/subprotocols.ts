/** The subprotocol an ActionCable server must pick. */
export const CABLE_PROTOCOL = "actioncable-v1-json";

/**
 * Subprotocols offered in the handshake. The second is a sentinel: a server
 * that picks it does not support the JSON protocol.
 */
export const CABLE_PROTOCOLS: readonly string[] = [CABLE_PROTOCOL, "actioncable-unsupported"];
