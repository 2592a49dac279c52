/**
 * Every connection status, in life order.
 * `idle` (never started) -> `connecting` (socket opening) -> `subscribing`
 * (welcome received, waiting for `confirm_subscription`) -> `connected`;
 * `reconnecting` after any loss; `resyncing` while missed data is fetched
 * after a reconnect; `unauthorized` (token rejected, no retry storm) and
 * `disconnected` (closed by the app or by a `reconnect:false` frame) are
 * resting states.
 */
export const CONNECTION_STATUSES = [
  "idle",
  "connecting",
  "subscribing",
  "connected",
  "resyncing",
  "reconnecting",
  "unauthorized",
  "disconnected",
] as const;

/** Where a connection is in its life; see {@link CONNECTION_STATUSES}. */
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];
