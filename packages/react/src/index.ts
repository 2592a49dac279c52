/**
 * `@unilink/react`: `<UniLinkProvider>` owns (or shares) one realtime UniLink
 * client; selector hooks read its store so each component re-renders only
 * when its own slice changes. Every rule lives in `@unilink/core`.
 * @packageDocumentation
 */

export * from "./components";
export { useAssignConversation } from "./hooks/actions/use-assign-conversation";
export { useAssignTeam } from "./hooks/actions/use-assign-team";
export {
  type ConversationLabelActions,
  useConversationLabelActions,
} from "./hooks/actions/use-conversation-label-actions";
export {
  type ConversationStatusActions,
  useConversationStatus,
} from "./hooks/actions/use-conversation-status";
export {
  type PendingMessageActions,
  usePendingMessageActions,
} from "./hooks/actions/use-pending-message-actions";
export { useSetPriority } from "./hooks/actions/use-set-priority";
export { useUpdateContact } from "./hooks/actions/use-update-contact";
export { type AccountLabelsView, useAccountLabels } from "./hooks/directory/use-account-labels";
export { type AgentsView, useAgents } from "./hooks/directory/use-agents";
export {
  type CannedResponsesView,
  useCannedResponses,
} from "./hooks/directory/use-canned-responses";
export {
  type ContactConversationsView,
  useContactConversations,
} from "./hooks/directory/use-contact-conversations";
export { type ContactDetailsView, useContactDetails } from "./hooks/directory/use-contact-details";
export { useConversationLabels } from "./hooks/directory/use-conversation-labels";
export type { DirectoryLoadView } from "./hooks/directory/use-directory";
export { type TeamsView, useTeams } from "./hooks/directory/use-teams";
export type { LoadView } from "./hooks/loading/load-view";
export { useConnectionStatus } from "./hooks/use-connection-status";
export { useContact } from "./hooks/use-contact";
export { useConversation } from "./hooks/use-conversation";
export {
  type ConversationSearchView,
  useConversationSearch,
} from "./hooks/use-conversation-search";
export {
  type ConversationsView,
  type UseConversationsOptions,
  useConversations,
} from "./hooks/use-conversations";
export { useMarkNotificationsRead } from "./hooks/use-mark-notifications-read";
export { type UseMarkReadOptions, useMarkRead } from "./hooks/use-mark-read";
export { type MessagesView, type UseMessagesOptions, useMessages } from "./hooks/use-messages";
export { type NotificationsView, useNotifications } from "./hooks/use-notifications";
export { usePresence } from "./hooks/use-presence";
export { useResyncState } from "./hooks/use-resync-state";
export { useRetryMessage } from "./hooks/use-retry-message";
export { useSendMessage } from "./hooks/use-send-message";
export { useStartConversation } from "./hooks/use-start-conversation";
export { useTabSharing } from "./hooks/use-tab-sharing";
export { type UseTypingOptions, useTyping } from "./hooks/use-typing";
export {
  type TypingHandlers,
  type UseTypingReporterOptions,
  useTypingReporter,
} from "./hooks/use-typing-reporter";
export { useUniLinkClient } from "./hooks/use-unilink-client";
export { useUniLinkEvent } from "./hooks/use-unilink-event";
export { useUniLinkStore } from "./hooks/use-unilink-store";
export type {
  UniLinkProviderClientProps,
  UniLinkProviderOwnedProps,
  UniLinkProviderProps,
} from "./provider/props";
export { UniLinkProvider } from "./provider/UniLinkProvider";
