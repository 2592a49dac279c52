/**
 * `@unilink/core`: framework-free UniLink realtime client. One connection,
 * one normalized store reduced from its events, selectors to read it, and
 * the REST clients that turn on loads, optimistic sends and resync.
 *
 * This list is the reviewed public API (see etc/core.api.md): add an export
 * here only for applications or `@unilink/react`, then run `pnpm api:update`.
 * Tests inside this package import internals by path.
 * @packageDocumentation
 */

// Actions (optimistic, rolled back on failure) and directory loaders
export { assignConversation, assignTeam } from "./actions/assign";
export { updateContact } from "./actions/contact";
export type { ActionHost, ActionOutcome } from "./actions/host";
export {
  addConversationLabels,
  removeConversationLabels,
  setConversationLabels,
} from "./actions/labels";
export {
  loadAgents,
  loadCannedResponses,
  loadContact,
  loadContactConversations,
  loadLabels,
  loadTeams,
  refreshOnResync,
} from "./actions/loaders";
export {
  CONVERSATION_PRIORITIES,
  type ConversationPriorityValue,
  setConversationPriority,
} from "./actions/priority";
export { type SnoozePreset, snoozePresets, snoozeUntilFromDate } from "./actions/snooze-presets";
export { setConversationStatus, snoozeConversation } from "./actions/status";
// REST clients (passing one as `api` turns on loads, sends and resync: the sync layer is opt-in)
export type {
  AgentApi,
  AgentApiOptions,
  AgentConversationQuery,
  AgentMessageCursor,
  AgentSendInput,
  AssigneeType,
} from "./api/agent-api";
export type { AgentWorkspaceApi, ContactPatch } from "./api/agent-workspace-api";
export type {
  ContactApi,
  ContactApiOptions,
  ContactInput,
  ContactSendInput,
} from "./api/contact-api";
export type { FetchInit, FetchLike, FetchResponseLike } from "./api/fetch-types";
export type { HttpOptions, UploadOptions } from "./api/http";
export type {
  ContactSession,
  ConversationListMeta,
  ConversationListPage,
  MessagePage,
  NotificationPage,
  Profile,
  ToggleStatusResult,
} from "./api/schemas";
export type { XhrConstructor, XhrLike, XhrProgressEvent, XhrUploadLike } from "./api/xhr-upload";
// Attachments
export {
  type AttachmentRules,
  DEFAULT_ATTACHMENT_RULES,
  fileTypeOf,
  validateAttachments,
} from "./attachments/rules";
// Client
export { createUniLinkClient } from "./client/create-client";
export { createAgentApi, createContactApi, type RestSync, withRestSync } from "./client/rest-sync";
export type { UniLinkClient, UniLinkClientOptions } from "./client/types";
export type {
  BackoffOptions,
  ConnectionSettings,
  TokenSource,
  WebSocketConstructor,
  WebSocketEventName,
  WebSocketLike,
} from "./connection/options";
export { CONNECTION_STATUSES, type ConnectionStatus } from "./connection/status";
// Errors and secrets
export {
  isUniLinkError,
  redact,
  registerSecret,
  UniLinkError,
  type UniLinkErrorCode,
  type UniLinkErrorDetails,
} from "./errors";
export { isForeignEvent } from "./event-table";
// Records and events
export type { Attachment, AttachmentFileType } from "./schema/attachment";
export type { Contact } from "./schema/contact";
export {
  type Conversation,
  type ConversationMeta,
  type ConversationPriority,
  ConversationSchema,
  type ConversationStatus,
} from "./schema/conversation";
export {
  type Agent,
  AgentSchema,
  type CannedResponse,
  CannedResponseSchema,
  type Label,
  LabelSchema,
} from "./schema/directory";
export type {
  CacheInvalidatedEventData,
  ContactEventData,
  ConversationEventData,
  EventEnvelopeFields,
  MessageEventData,
  MessageUpdatedEventData,
  NotificationDeletedEventData,
  NotificationEventData,
  PresenceUpdateEventData,
  TypingEventData,
} from "./schema/event-data";
export type {
  KnownUniLinkEvent,
  UniLinkEvent,
  UniLinkEventListener,
  UniLinkEventMap,
  UniLinkEventName,
  UniLinkEventOf,
  UnknownUniLinkEvent,
} from "./schema/events";
export {
  type Message,
  type MessageContentAttributes,
  type MessageConversationSummary,
  type MessageFields,
  MessageSchema,
  type MessageStatus,
} from "./schema/message";
export { MessageType, type MessageTypeValue } from "./schema/message-type";
export type { Notification, NotificationActor } from "./schema/notification";
export { type ParseResult, parseEvent } from "./schema/parse-event";
export type { Team } from "./schema/team";
export type { AgentBot, AvailabilityStatus, Participant, User } from "./schema/user";
// Selectors
export { type ConversationListFilter, selectConversationList } from "./selectors/conversation-list";
export {
  selectAgents,
  selectCannedResponses,
  selectContactConversations,
  selectContactConversationsLoadState,
  selectContactLoadState,
  selectConversationLabels,
  selectDirectoryLoadState,
  selectLabels,
  selectTeams,
} from "./selectors/directory";
export {
  type MessageDirection,
  type MessageViewer,
  messageDirection,
} from "./selectors/message-direction";
export { isMessageDeleted, selectMessages } from "./selectors/messages";
export {
  describeNotification,
  type NotificationSummary,
} from "./selectors/notification-summary";
export { selectNotifications } from "./selectors/notifications";
export {
  type PresenceTarget,
  selectConnectionStatus,
  selectContact,
  selectConversation,
  selectPresence,
} from "./selectors/simple";
export { selectTypingUsers, type TypingSelectOptions } from "./selectors/typing";
export type { ReducerContext } from "./store/context";
// Store
export {
  createUniLinkStore,
  type UniLinkStoreController,
  type UniLinkStoreOptions,
} from "./store/create-store";
export {
  createInitialDirectoryState,
  type DirectoryList,
  type DirectoryListName,
  type DirectoryState,
  IDLE_DIRECTORY_LOAD,
} from "./store/directory-state";
export { isPending } from "./store/message-order";
export type { PendingMessageInput } from "./store/pending";
export type { PendingAttachment, UploadProgress } from "./store/pending-attachment";
export { type RecordedEvent, type ReplayOutcome, replayEvents } from "./store/replay";
export type {
  HydrateSnapshot,
  MessageList,
  NotificationsState,
  PendingMessage,
  PresenceState,
  PresenceStatus,
  StoredMessage,
  Typist,
  UniLinkState,
} from "./store/state";
export type {
  ConversationCounts,
  ListLoadState,
  LoadState,
  ResyncState,
  SyncState,
  ThreadLoadState,
} from "./store/sync-state";
export type { StartConversationOutcome } from "./sync/conversation-start";
// Loads, sends and typing
export type { SendMessageInput } from "./sync/outbox";
export type { LoadOutcome, ResyncResult, SendOutcome } from "./sync/outcomes";
export {
  type ConversationListQuery,
  conversationFilterToQuery,
  conversationQueryKey,
  conversationQueryToFilter,
} from "./sync/query";
export { selectConversationsForQuery } from "./sync/query-list";
export { selectListLoadState, selectResyncState, selectThreadLoadState } from "./sync/selectors";
export type { TypingReporter, TypingReporterOptions } from "./sync/typing-reporter";
// Sharing one connection across tabs (shareAcrossTabs)
export { shareAcrossTabs, type TabSharingLayer } from "./tabs/share-across-tabs";
export type { TabRole, TabSharingState } from "./tabs/sharing-state";
export type { TabChannel, TabLockOptions, TabLocks, TabSharingTransport } from "./tabs/transport";
