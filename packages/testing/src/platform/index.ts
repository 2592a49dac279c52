export { PlatformContext } from "./context";
export type { ConversationInit, Typist } from "./conversation-ops";
export type {
  AgentInit as PlatformAgentInit,
  ContactSessionInit,
  InboxInit,
} from "./directory-ops";
export { PlatformError } from "./errors";
export { EventBus, type PlatformCable, type SentEvent } from "./event-bus";
export { FakePlatform, type FakePlatformOptions, type InAccount } from "./fake-platform";
export type { AgentHandle, ContactHandle } from "./handles";
export {
  CONVERSATIONS_PER_PAGE,
  type ConversationQuery,
  MESSAGES_AFTER_LIMIT,
  MESSAGES_PER_PAGE,
} from "./listing";
export type { MessageAuthor, MessageInit } from "./message-ops";
export type { NotificationSecondary } from "./notification-ops";
export type { PlatformConversationPayload } from "./present";
export type * from "./records";
export { emptyPlatformData, upgradePlatformData } from "./records";
export { type Audience, EVENT_AUDIENCE } from "./routing";
export type { PlatformRuntime } from "./runtime";
export type { ContactEdit, LabelInit, TeamInit } from "./workspace-ops";
