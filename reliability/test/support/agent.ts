import type { WebSocketConstructor } from "@unilink/core";
import { WebSocket } from "ws";
import { buildIdentifier } from "./core-internals";
import { ACCOUNT_ID } from "./valid-events";

/** The agent user every client of this suite signs in as. */
export const USER_ID = 7;

/** `ws` as the client's WebSocket: Node has no global one before 22, and jsdom's is not used. */
export const NodeWebSocket = WebSocket as unknown as WebSocketConstructor;

/** The identifier the client subscribes with for `token`. */
export function agentIdentifier(token: string): string {
  return buildIdentifier({ pubsubToken: token, accountId: ACCOUNT_ID, userId: USER_ID });
}

/**
 * Identifiers close to the agent's own that the client never subscribed:
 * other key order, another account or user, numbers as strings, padding.
 * The server keys subscriptions by exact text, so each is a stranger.
 */
export function foreignIdentifiers(token: string): string[] {
  const own = agentIdentifier(token);
  return [
    JSON.stringify({
      channel: "RoomChannel",
      account_id: ACCOUNT_ID,
      user_id: USER_ID,
      pubsub_token: token,
    }),
    buildIdentifier({ pubsubToken: token, accountId: ACCOUNT_ID + 1, userId: USER_ID }),
    buildIdentifier({ pubsubToken: token, accountId: ACCOUNT_ID, userId: USER_ID + 1 }),
    buildIdentifier({ pubsubToken: token }),
    JSON.stringify({
      channel: "RoomChannel",
      pubsub_token: token,
      account_id: String(ACCOUNT_ID),
      user_id: USER_ID,
    }),
    `${own} `,
    own.toUpperCase(),
    "",
  ];
}
