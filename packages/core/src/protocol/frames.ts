/** First frame on every new socket; subscriptions must be (re)sent after it. */
export interface WelcomeFrame {
  type: "welcome";
}

/** Server heartbeat, every 3 s; `message` is the server's unix time in seconds. */
export interface PingFrame {
  type: "ping";
  message: number;
}

/** The server accepted the subscription `identifier`. */
export interface ConfirmFrame {
  type: "confirm";
  identifier: string;
}

/** The server refused the subscription `identifier`. */
export interface RejectFrame {
  type: "reject";
  identifier: string;
}

/** The server is closing the socket; `reconnect` says whether coming back makes sense. */
export interface DisconnectFrame {
  type: "disconnect";
  /** `unauthorized`, `server_restart`, `invalid_request`, `remote`, ... */
  reason: string;
  reconnect: boolean;
}

/** A broadcast for the subscription `identifier`; UniLink's `message` is `{event, data}`. */
export interface DataFrame {
  type: "data";
  identifier: string;
  message: unknown;
  /** The frame's text proves `message` nests shallower than payloads may (`opensAtMost` in `schema/depth.ts`). */
  shallow: boolean;
}

/** Every server-to-client ActionCable frame, as decoded by `decodeFrame`. */
export type Frame =
  | WelcomeFrame
  | PingFrame
  | ConfirmFrame
  | RejectFrame
  | DisconnectFrame
  | DataFrame;
