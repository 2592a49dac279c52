export { type ConversationListFilter, selectConversationList } from "./conversation-list";
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
} from "./directory";
export { EMPTY as EMPTY_LIST } from "./memo";
export {
  type MessageDirection,
  type MessageViewer,
  messageDirection,
} from "./message-direction";
export { isMessageDeleted, selectMessages } from "./messages";
export {
  describeNotification,
  type NotificationSummary,
} from "./notification-summary";
export { selectNotifications } from "./notifications";
export {
  type PresenceTarget,
  selectConnectionStatus,
  selectContact,
  selectConversation,
  selectPresence,
} from "./simple";
export { selectTypingUsers, type TypingSelectOptions } from "./typing";
