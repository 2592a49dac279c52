export { backoffDelay } from "./backoff";
export { toCableUrl } from "./cable-url";
export { Connection } from "./connection";
export type {
  BackoffOptions,
  ConnectionOptions,
  ConnectionSettings,
  ResolvedBackoff,
  TokenSource,
  WebSocketConstructor,
  WebSocketEventName,
  WebSocketLike,
} from "./options";
export type { RealtimeConnection } from "./realtime";
export { CONNECTION_STATUSES, type ConnectionStatus } from "./status";
