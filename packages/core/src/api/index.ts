export {
  type AgentApi,
  type AgentApiOptions,
  type AgentConversationQuery,
  type AgentMessageCursor,
  type AgentSendInput,
  type AssigneeType,
  createAgentApi,
} from "./agent-api";
export type { AgentWorkspaceApi, ContactPatch } from "./agent-workspace-api";
export {
  type ContactApi,
  type ContactApiOptions,
  type ContactInput,
  type ContactSendInput,
  createContactApi,
} from "./contact-api";
export type { FetchInit, FetchLike, FetchResponseLike } from "./fetch-types";
export type { HttpOptions, UploadOptions } from "./http";
export type {
  ContactSession,
  ConversationListMeta,
  ConversationListPage,
  MessagePage,
  NotificationPage,
  Profile,
  ToggleStatusResult,
} from "./schemas";
export type {
  XhrConstructor,
  XhrLike,
  XhrProgressEvent,
  XhrUploadLike,
} from "./xhr-upload";
