import type { UniLinkError } from "../errors";
import { setEntry } from "./records";

/** Loading state of one fetched collection (a conversation list or a message thread). */
export interface LoadState {
  /** A request for it is running. */
  readonly isLoading: boolean;
  /** The last request's failure; `null` after a success. */
  readonly error: UniLinkError | null;
  /** More can be fetched (further list pages, older messages). */
  readonly hasMore: boolean;
  /** At least one request succeeded. */
  readonly loaded: boolean;
}

/** The platform's conversation counts, as the last list page reported them. */
export interface ConversationCounts {
  /** Assigned to the signed-in agent (`mine_count`). */
  readonly mineCount?: number;
  /** Assigned to anyone (`assigned_count`). */
  readonly assignedCount?: number;
  /** Assigned to nobody (`unassigned_count`). */
  readonly unassignedCount?: number;
  /** All of them (`all_count`). */
  readonly allCount?: number;
}

/** Loading state of a conversation list (one filter). */
export interface ListLoadState extends LoadState {
  /** Pages fetched so far (a resync refetches all of them). */
  readonly pages: number;
  /** Counts from the last page, when the server sent them (agents). */
  readonly counts: ConversationCounts | null;
  /** Conversation ids the server listed, in its order, over the pages loaded (search results). */
  readonly ids: readonly number[];
}

/** Loading state of one conversation's messages; `hasMore` means older messages exist. */
export type ThreadLoadState = LoadState;

/** How the last resync went. */
export interface ResyncState {
  /** `idle` before the first one. */
  readonly status: "idle" | "running" | "ok" | "failed";
  /** When the last one ended (or started, while running), epoch ms; `null` before the first. */
  readonly at: number | null;
  /** Why the last one failed. */
  readonly error: UniLinkError | null;
}

/** REST loading state, kept beside the data so that views can show spinners and errors. */
export interface SyncState {
  /** Conversation lists by filter key (see `conversationQueryKey`). */
  readonly lists: Readonly<Record<string, ListLoadState>>;
  /** Message threads by conversation display id. */
  readonly threads: Readonly<Record<number, ThreadLoadState>>;
  /** The last resync after a reconnect or wake-up. */
  readonly lastResync: ResyncState;
}

/** What a list or thread looks like before anything was requested. */
export const IDLE_LOAD_STATE: ListLoadState = Object.freeze({
  isLoading: false,
  error: null,
  hasMore: false,
  loaded: false,
  pages: 0,
  counts: null,
  ids: Object.freeze([]) as readonly number[],
});

/** The sync slice of a fresh store. */
export function createInitialSyncState(): SyncState {
  return { lists: {}, threads: {}, lastResync: { status: "idle", at: null, error: null } };
}

function patched<T extends object>(current: T, patch: Partial<T>): T {
  const keys = Object.keys(patch) as (keyof T)[];
  return keys.every((key) => Object.is(current[key], patch[key]))
    ? current
    : { ...current, ...patch };
}

/** Updates a list's load state; returns `sync` itself when nothing changed. */
export function patchListLoad(
  sync: SyncState,
  key: string,
  patch: Partial<ListLoadState>,
): SyncState {
  const current = sync.lists[key] ?? IDLE_LOAD_STATE;
  const next = patched(current, patch);
  const lists = setEntry(sync.lists, key, next);
  return lists === sync.lists ? sync : { ...sync, lists };
}

/** Updates a thread's load state; returns `sync` itself when nothing changed. */
export function patchThreadLoad(
  sync: SyncState,
  conversationId: number,
  patch: Partial<ThreadLoadState>,
): SyncState {
  const current: ThreadLoadState = sync.threads[conversationId] ?? IDLE_THREAD;
  const threads = setEntry(sync.threads, conversationId, patched(current, patch));
  return threads === sync.threads ? sync : { ...sync, threads };
}

/** Records the resync state. */
export function setResyncState(sync: SyncState, lastResync: ResyncState): SyncState {
  const next = patched(sync.lastResync, lastResync);
  return next === sync.lastResync ? sync : { ...sync, lastResync: next };
}

const IDLE_THREAD: ThreadLoadState = Object.freeze({
  isLoading: false,
  error: null,
  hasMore: false,
  loaded: false,
});

/** The idle thread state (shared, frozen). */
export const IDLE_THREAD_STATE: ThreadLoadState = IDLE_THREAD;
