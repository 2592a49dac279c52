import { createStore, type StoreApi } from "zustand/vanilla";
import type { ConnectionStatus } from "../connection/status";
import { UniLinkError } from "../errors";
import type { UniLinkEvent } from "../schema/events";
import { summarizeIssues } from "../schema/issues";
import { validate } from "../schema/validate";
import { validateMessage } from "../schema/validate/message";
import { applyEventBatch } from "./apply-batch";
import { createDrafts, type Drafts } from "./batch";
import type { ReducerContext } from "./context";
import { replaceEqualDeep, settle } from "./equal";
import { hydrateState } from "./hydrate";
import { addPending, failPending, type PendingMessageInput, resolvePending } from "./pending";
import { markConversationRead } from "./read";
import { createInitialState, type HydrateSnapshot, type UniLinkState } from "./state";
import type { SyncState } from "./sync-state";
import { earliestTypingExpiry, expireTypists } from "./typing-expiry";

/** Options of {@link createUniLinkStore}. */
export interface UniLinkStoreOptions {
  /** The subscribed account: events of other accounts are dropped. Omit for a contact. */
  accountId?: number | null;
  /** A typist disappears this long after their last `typing_on`. Default 30000. */
  typingTimeoutMs?: number;
  /** Clock in milliseconds. Default `Date.now`. */
  now?: () => number;
  /** Receives hydrate items that failed validation and events a reducer could not apply. */
  onError?: (error: UniLinkError) => void;
}

/** A store plus the only ways to change it. */
export interface UniLinkStoreController {
  /** The zustand vanilla store; subscribe to it or read it with the selectors. */
  readonly store: StoreApi<UniLinkState>;
  /** Applies events in order with one `setState` (one notification); none when nothing changed. */
  dispatch(events: readonly UniLinkEvent[]): void;
  /** Records the connection status. */
  setStatus(status: ConnectionStatus): void;
  /** Merges fetched data (validated) with the same rules as events; returns the items refused. */
  hydrate(snapshot: HydrateSnapshot): UniLinkError[];
  /** Shows a message before the server confirms it (`id = echo_id`, status `sending`). */
  addPendingMessage(input: PendingMessageInput): void;
  /** Replaces a pending message with the server's answer (raw JSON is fine); returns why it was refused, if it was. */
  resolvePending(echoId: string, message: unknown): UniLinkError | undefined;
  /** Marks a pending message `failed`, keeping why on it (`message.error`). */
  failPending(echoId: string, error?: UniLinkError): void;
  /** Sets a conversation's unread count to 0 now (the reader looked). */
  markRead(conversationId: number): void;
  /** Changes the REST loading slice (`state.sync`) with a pure function of it. */
  updateSync(change: (sync: SyncState) => SyncState): void;
  /** A local change (optimistic update, its rollback, load state) as one store update. */
  applyLocalChange(change: (state: UniLinkState) => UniLinkState): void;
  /** Clears the typing timer; later calls change nothing. */
  destroy(): void;
}

const DEFAULT_TYPING_TIMEOUT_MS = 30_000;

/**
 * Creates the normalized store the client reduces events into. Reducers are
 * pure; this controller owns the only side effects: the clock and the one
 * timer that expires typists.
 */
export function createUniLinkStore(options: UniLinkStoreOptions = {}): UniLinkStoreController {
  const now = options.now ?? Date.now;
  const typingTimeoutMs = options.typingTimeoutMs ?? DEFAULT_TYPING_TIMEOUT_MS;
  const store = createStore<UniLinkState>()(() => createInitialState(options.accountId ?? null));
  let destroyed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerTarget: number | undefined;

  const report = (error: UniLinkError) => {
    try {
      options.onError?.(error);
    } catch {
      // The app's error handler failing must not break the store.
    }
  };

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    timerTarget = undefined;
  };

  const scheduleTypingExpiry = () => {
    const target = earliestTypingExpiry(store.getState().typing);
    if (target === timerTarget) return;
    clearTimer();
    if (target === undefined || destroyed) return;
    timerTarget = target;
    timer = setTimeout(
      () => {
        timer = undefined;
        timerTarget = undefined;
        // Expire by the target, not by now(): an injected clock that lags the timer cannot loop.
        commit(expireTypists(store.getState(), target));
      },
      Math.max(0, target - now()),
    );
    (timer as { unref?: () => void }).unref?.();
  };

  const publish = (previous: UniLinkState, next: UniLinkState) => {
    if (next === previous) return;
    store.setState(next, true);
    if (next.typing !== previous.typing) scheduleTypingExpiry();
  };

  const commit = (changed: UniLinkState) => {
    const previous = store.getState();
    publish(previous, replaceEqualDeep(previous, changed));
  };

  const update = (change: (state: UniLinkState) => UniLinkState) => {
    if (!destroyed) commit(change(store.getState()));
  };

  /**
   * `update` as one copy-on-write batch (see `batch.ts`): `change` may write
   * in place to the copies in the `drafts` it is given, which are dropped once
   * the result is settled. Only for the store's own changes: `updateSync` runs
   * app code that may keep intermediate values, which a batch could change under it.
   */
  const updateInBatch = (change: (state: UniLinkState, drafts: Drafts) => UniLinkState) => {
    if (destroyed) return;
    const previous = store.getState();
    const drafts = createDrafts();
    publish(previous, settle(previous, change(previous, drafts), drafts));
  };

  return {
    store,
    dispatch(events) {
      if (destroyed) return;
      const context: ReducerContext = { now: now(), typingTimeoutMs };
      const previous = store.getState();
      const next = applyEventBatch(previous, events, context, (event, cause) =>
        report(
          new UniLinkError("validation", `could not apply ${event.event}: ${String(cause)}`, {
            event: event.event,
          }),
        ),
      );
      publish(previous, next);
    },
    setStatus(status) {
      update((state) => (state.status === status ? state : { ...state, status }));
    },
    hydrate(snapshot) {
      let errors: UniLinkError[] = [];
      updateInBatch((state, drafts) => {
        const result = hydrateState(state, snapshot, drafts);
        errors = result.errors;
        return result.state;
      });
      for (const error of errors) report(error);
      return errors;
    },
    addPendingMessage(input) {
      updateInBatch((state, drafts) => addPending(state, input, now(), drafts));
    },
    resolvePending(echoId, message) {
      const result = validate(validateMessage, message, ["message"]);
      if (!result.ok) {
        const { issues } = result;
        const error = new UniLinkError(
          "validation",
          `invalid message for pending ${echoId}: ${summarizeIssues(issues)}`,
          { issues },
        );
        report(error);
        return error;
      }
      updateInBatch((state, drafts) => resolvePending(state, echoId, result.value, drafts));
      return undefined;
    },
    failPending(echoId, error) {
      updateInBatch((state, drafts) => failPending(state, echoId, error ?? null, drafts));
    },
    markRead(conversationId) {
      updateInBatch((state, drafts) => markConversationRead(state, conversationId, drafts));
    },
    updateSync(change) {
      update((state) => {
        const sync = change(state.sync);
        return sync === state.sync ? state : { ...state, sync };
      });
    },
    applyLocalChange(change) {
      update(change);
    },
    destroy() {
      destroyed = true;
      clearTimer();
    },
  };
}
