export { isForeignEvent } from "../event-table";
export type { ReducerContext } from "./context";
export {
  createUniLinkStore,
  type UniLinkStoreController,
  type UniLinkStoreOptions,
} from "./create-store";
export {
  createInitialDirectoryState,
  type DirectoryList,
  type DirectoryListName,
  type DirectoryState,
  IDLE_DIRECTORY_LOAD,
} from "./directory-state";
export { EMPTY_MESSAGE_LIST } from "./message-list";
export { compareMessages, isPending } from "./message-order";
export type { PendingMessageInput } from "./pending";
export type { PendingAttachment, UploadProgress } from "./pending-attachment";
export { markConversationRead } from "./read";
export { type RecordedEvent, type ReplayOutcome, replayEvents } from "./replay";
export {
  createInitialState,
  type HydrateSnapshot,
  type MessageList,
  type NotificationsState,
  type PendingMessage,
  type PresenceState,
  type PresenceStatus,
  type StoredMessage,
  type Typist,
  type UniLinkState,
} from "./state";
export {
  type ConversationCounts,
  createInitialSyncState,
  IDLE_LOAD_STATE,
  IDLE_THREAD_STATE,
  type ListLoadState,
  type LoadState,
  patchListLoad,
  patchThreadLoad,
  type ResyncState,
  type SyncState,
  setResyncState,
  type ThreadLoadState,
} from "./sync-state";
