export { backoffDelay } from "./backoff";
export { toCableUrl } from "./cable-url";
export { Connection } from "./connection";
export type { ConnectionOptions, ResolvedBackoff } from "./options";
export type { RealtimeConnection } from "./realtime";
export { CONNECTION_STATUSES, type ConnectionStatus } from "./status";
