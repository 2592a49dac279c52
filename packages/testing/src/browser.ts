/**
 * `@unilink/testing/browser`: the fake server's transport-agnostic logic and
 * the payload factories, with no Node imports (usable in a browser or Storybook).
 * @packageDocumentation
 */

export {
  type Handler,
  InMemoryCableNetwork,
  type InMemoryCableOptions,
  InMemoryWebSocket,
  type InMemoryWebSocketClass,
  type SocketNetwork,
} from "./browser-transport/index";
export type { FactoryOptions } from "./factories/context";
export type { ConversationOverrides } from "./factories/conversation";
export { createFactories, type Factories } from "./factories/create-factories";
export {
  buildAgentBot,
  buildAttachment,
  buildContact,
  buildConversation,
  buildMessage,
  buildNotification,
  buildTeam,
  buildUser,
  resetFactories,
} from "./factories/defaults";
export {
  type EventFrame,
  type EventOptions,
  events,
  type NotificationCounts,
  type Typist,
} from "./factories/events";
export type { MessageContext } from "./factories/message";
export type { NotificationContext } from "./factories/notification";
export type * from "./factories/types";
export * from "./platform/index";
export * from "./rest/index";
export { CableServerLogic } from "./server/cable-logic";
export type {
  AgentInit,
  Availability,
  ContactInit,
} from "./server/directory";
export {
  confirmFrame,
  type DisconnectReason,
  dataFrame,
  disconnectFrame,
  encodeJson,
  pingFrame,
  rejectFrame,
  welcomeFrame,
} from "./server/frames";
export type { ReceivedCommand } from "./server/incoming";
export type {
  BadTokenMode,
  CableLogicOptions,
  DisconnectOptions,
  PresenceTarget,
  RestartOptions,
  SubscriptionInfo,
} from "./server/options";
export type { PresenceSnapshot } from "./server/presence";
export { CABLE_SUBPROTOCOLS, selectSubprotocol } from "./server/protocol";
export { accountStream } from "./server/room-channel";
export type { AcceptDecision, CableConnection, CableSocket } from "./server/socket";
export {
  type InMemoryLockOptions,
  type InMemoryTabChannel,
  type InMemoryTabPage,
  InMemoryTabs,
} from "./tabs/in-memory-tabs";
