/**
 * `@unilink/react`: `<UniLinkProvider>` owns (or shares) one realtime UniLink
 * client; selector hooks read its store so each component re-renders only
 * when its own slice changes. Every rule lives in `@unilink/core`.
 * @packageDocumentation
 */
export { useConnectionStatus } from "./hooks/use-connection-status";
export { useContact } from "./hooks/use-contact";
export { useConversation } from "./hooks/use-conversation";
export { useConversations } from "./hooks/use-conversations";
export { useMessages } from "./hooks/use-messages";
export { type NotificationsView, useNotifications } from "./hooks/use-notifications";
export { usePresence } from "./hooks/use-presence";
export { type UseTypingOptions, useTyping } from "./hooks/use-typing";
export { useUniLinkClient } from "./hooks/use-unilink-client";
export { useUniLinkEvent } from "./hooks/use-unilink-event";
export { useUniLinkStore } from "./hooks/use-unilink-store";
export type {
  UniLinkProviderClientProps,
  UniLinkProviderOwnedProps,
  UniLinkProviderProps,
} from "./provider/props";
export { UniLinkProvider } from "./provider/UniLinkProvider";
