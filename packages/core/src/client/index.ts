export { createUniLinkClient } from "./create-client";
export type {
  BackoffOptions,
  TokenSource,
  UniLinkClient,
  UniLinkClientOptions,
  WebSocketConstructor,
} from "./types";
