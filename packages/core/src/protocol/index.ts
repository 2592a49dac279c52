export { encodePerform, encodeSubscribe, encodeUnsubscribe } from "./commands";
export { type DecodeResult, decodeFrame } from "./decode";
export { frameExcerpt } from "./excerpt";
export type {
  ConfirmFrame,
  DataFrame,
  DisconnectFrame,
  Frame,
  PingFrame,
  RejectFrame,
  WelcomeFrame,
} from "./frames";
export { buildIdentifier, CHANNEL, type IdentifierParams } from "./identifier";
export { CABLE_PROTOCOL, CABLE_PROTOCOLS } from "./subprotocols";
