/**
 * Where a connection is in its life.
 * `idle` (never started) -> `connecting` (socket opening) -> `subscribing`
 * (welcome received, waiting for `confirm_subscription`) -> `connected`;
 * `reconnecting` after any loss; `resyncing` while missed data is fetched
 * after a reconnect; `unauthorized` (token rejected, no retry storm) and
 * `disconnected` (closed by the app or by a `reconnect:false` frame) are
 * resting states.
 */
export type ConnectionStatus =
  | "idle"
  | "connecting"
  | "subscribing"
  | "connected"
  | "resyncing"
  | "reconnecting"
  | "unauthorized"
  | "disconnected";
