/** Who the corpus is addressed to: an agent subscription. */
export interface Subscriber {
  pubsubToken: string;
  accountId: number;
  userId: number;
}

/** The default subscriber of every benchmark. */
export const BENCH_SUBSCRIBER: Subscriber = {
  pubsubToken: "bench-pubsub-token",
  accountId: 1,
  userId: 1,
};

/**
 * The identifier string of an agent's RoomChannel subscription, with the key
 * order of the wire spec (`channel, pubsub_token, account_id, user_id`).
 */
export function agentIdentifier(subscriber: Subscriber): string {
  return JSON.stringify({
    channel: "RoomChannel",
    pubsub_token: subscriber.pubsubToken,
    account_id: subscriber.accountId,
    user_id: subscriber.userId,
  });
}

/** A data frame exactly as ActionCable writes it to the socket. */
export function encodeDataFrame(identifier: string, event: string, data: unknown): string {
  return JSON.stringify({ identifier, message: { event, data } });
}
