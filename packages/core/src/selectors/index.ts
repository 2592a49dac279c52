export { type ConversationListFilter, selectConversationList } from "./conversation-list";
export { EMPTY as EMPTY_LIST } from "./memo";
export { isMessageDeleted, selectMessages } from "./messages";
export { selectNotifications } from "./notifications";
export {
  type PresenceTarget,
  selectConnectionStatus,
  selectContact,
  selectConversation,
  selectPresence,
} from "./simple";
export { selectTypingUsers, type TypingSelectOptions } from "./typing";
