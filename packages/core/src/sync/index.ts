export {
  AFTER_PAGE_LIMIT,
  CONVERSATION_PAGE_SIZE,
  MESSAGE_PAGE_SIZE,
} from "./backend";
export type { StartConversationOutcome } from "./conversation-start";
export type { SendMessageInput } from "./outbox";
export type { LoadOutcome, ResyncResult, SendOutcome } from "./outcomes";
export {
  type ConversationListQuery,
  conversationFilterToQuery,
  conversationQueryKey,
  conversationQueryToFilter,
} from "./query";
export { selectConversationsForQuery } from "./query-list";
export { selectListLoadState, selectResyncState, selectThreadLoadState } from "./selectors";
export {
  createTypingReporterWith,
  type TypingReporter,
  type TypingReporterOptions,
} from "./typing-reporter";
export { createUuid } from "./uuid";
