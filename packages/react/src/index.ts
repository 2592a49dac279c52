/**
 * `@unilink/react`: `<UniLinkProvider>` owns (or shares) one realtime UniLink
 * client; selector hooks read its store so each component re-renders only
 * when its own slice changes. Every rule lives in `@unilink/core`.
 * @packageDocumentation
 */

export * from "./components";
export type { LoadView } from "./hooks/loading/load-view";
export { useConnectionStatus } from "./hooks/use-connection-status";
export { useContact } from "./hooks/use-contact";
export { useConversation } from "./hooks/use-conversation";
export {
  type ConversationsView,
  type UseConversationsOptions,
  useConversations,
} from "./hooks/use-conversations";
export { type UseMarkReadOptions, useMarkRead } from "./hooks/use-mark-read";
export { type MessagesView, type UseMessagesOptions, useMessages } from "./hooks/use-messages";
export { type NotificationsView, useNotifications } from "./hooks/use-notifications";
export { usePresence } from "./hooks/use-presence";
export { useResyncState } from "./hooks/use-resync-state";
export { useRetryMessage } from "./hooks/use-retry-message";
export { useSendMessage } from "./hooks/use-send-message";
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
