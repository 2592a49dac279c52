/** The one ActionCable channel a UniLink server exposes. */
export const CHANNEL = "RoomChannel";

/** What identifies a subscription: the token, plus account and user for agents. */
export interface IdentifierParams {
  /** The user's or contact's pubsub token. */
  pubsubToken: string;
  /** Agent subscriptions only. */
  accountId?: number;
  /** Agent subscriptions only. */
  userId?: number;
}

/**
 * Builds the subscription identifier string, in the key order the server's
 * guide uses: `channel, pubsub_token, account_id, user_id` (the last two only
 * when given, as numbers). Build it once per token and keep the string: the
 * server keys subscriptions by the exact text, so a re-serialisation with
 * another key order would become a second subscription.
 *
 * @example
 * buildIdentifier({ pubsubToken: "t", accountId: 1, userId: 1 });
 * // '{"channel":"RoomChannel","pubsub_token":"t","account_id":1,"user_id":1}'
 */
export function buildIdentifier(params: IdentifierParams): string {
  const fields: Record<string, string | number> = {
    channel: CHANNEL,
    pubsub_token: params.pubsubToken,
  };
  if (params.accountId !== undefined) fields.account_id = params.accountId;
  if (params.userId !== undefined) fields.user_id = params.userId;
  return JSON.stringify(fields);
}
