/**
 * The one place where components reach the client's actions (send, retry,
 * typing reporter, mark read, load latest/older). Sending, retrying, typing
 * and marking read go through the public hooks; loading guards on
 * `client.api`, so a socket-only client never reports "no REST api" errors
 * just because a component mounted.
 */
import {
  type ConversationListQuery,
  type StoredMessage,
  selectThreadLoadState,
} from "@unilink/core";
import { useCallback, useMemo } from "react";
import { useMarkNotificationsRead } from "../../hooks/use-mark-notifications-read";
import { useMarkRead } from "../../hooks/use-mark-read";
import { useRetryMessage } from "../../hooks/use-retry-message";
import { useSendMessage } from "../../hooks/use-send-message";
import { useStartConversation } from "../../hooks/use-start-conversation";
import { useTypingReporter } from "../../hooks/use-typing-reporter";
import { useUniLinkClient } from "../../hooks/use-unilink-client";

/** What the composer asks to send. */
export interface ComposerSendInput {
  /** Display id of the conversation; `undefined` for a first message that starts one. */
  conversationId: number | undefined;
  /** The text typed. */
  content: string;
  /** Private note (agents only). */
  private?: boolean;
  /** Files to attach (core validates them and reports upload progress on the pending message). */
  attachments?: readonly File[];
}

/** Result of loading older messages. */
export interface LoadOlderResult {
  /** False once the server has no older messages. */
  hasMore: boolean;
}

/** A typing reporter as the components drive it. */
export interface TypingReporterHandle {
  /** Call on every keystroke that leaves text in the box. */
  typing(): void;
  /** Call on send and when the box is cleared. */
  stop(): void;
}

/**
 * `(input) => Promise` for one conversation: core shows the message at once
 * as pending, queues it while offline, and marks it `failed` (with a retry)
 * instead of rejecting.
 */
export function useSendMessageAction(
  conversationId: number | undefined,
): (input: ComposerSendInput) => Promise<void> {
  // Hooks run unconditionally; this id is never sent to (see below).
  const send = useSendMessage(conversationId ?? -1);
  const start = useStartConversation();
  return useCallback(
    async ({ content, private: isPrivate, attachments }) => {
      // No conversation yet (a visitor's first message): core creates it with this message.
      if (conversationId === undefined) {
        await start({ content, ...(attachments && attachments.length > 0 ? { attachments } : {}) });
        return;
      }
      await send({
        content,
        private: isPrivate ?? false,
        ...(attachments && attachments.length > 0 ? { attachments } : {}),
      });
    },
    [send, start, conversationId],
  );
}

/** `(message) => Promise`: re-sends a failed message under the same echo id. */
export function useRetryMessageAction(): (message: StoredMessage) => Promise<void> {
  const retry = useRetryMessage();
  return useCallback(
    async (message) => {
      await retry(String(message.echo_id ?? message.id));
    },
    [retry],
  );
}

/** `() => void` for one conversation: marks it read (unread count to 0, then the server). */
export function useMarkReadAction(conversationId: number): () => void {
  const markRead = useMarkRead(conversationId);
  return useCallback(() => {
    // Never rejects; a failure only leaves an unread badge behind.
    void markRead();
  }, [markRead]);
}

/** Fetchers of a conversation list page (no-ops without a REST `api`). */
export interface ConversationLoaders {
  /** Fetches the first page of the list `query` describes. */
  load(query: ConversationListQuery): void;
  /** Fetches its next page. */
  loadMore(query: ConversationListQuery): void;
}

/** Loads conversation list pages through the client when it has a REST `api`. */
export function useConversationLoaders(): ConversationLoaders {
  const client = useUniLinkClient();
  return useMemo(
    () => ({
      load: (query) => {
        if (client.api) void client.loadConversations(query);
      },
      loadMore: (query) => {
        if (client.api) void client.loadMoreConversations(query);
      },
    }),
    [client],
  );
}

/**
 * `(conversationId) => void`: fetches a conversation's latest page when the
 * client has a REST `api` (a socket-only client has nothing to fetch from).
 */
export function useLoadLatestAction(): (conversationId: number) => void {
  const client = useUniLinkClient();
  return useCallback(
    (conversationId) => {
      if (client.api) void client.loadMessages(conversationId);
    },
    [client],
  );
}

/** `(conversationId) => Promise<{hasMore}>`: fetches the page before the oldest stored message. */
export function useLoadOlderAction(): (conversationId: number) => Promise<LoadOlderResult> {
  const client = useUniLinkClient();
  return useCallback(
    async (conversationId) => {
      if (!client.api) return { hasMore: false };
      const outcome = await client.loadOlderMessages(conversationId);
      const thread = selectThreadLoadState(client.store.getState(), conversationId);
      return { hasMore: outcome.ok && thread.hasMore };
    },
    [client],
  );
}

/**
 * `(ids | "all") => void`: marks notifications read through the public
 * hook (optimistic in core, undone there if the platform refuses).
 */
export function useNotificationsReadAction(): (ids: readonly number[] | "all") => void {
  const markRead = useMarkNotificationsRead();
  return useCallback(
    (ids) => {
      // Never rejects; a refusal is undone in the store and reported to onError.
      void markRead(ids);
    },
    [markRead],
  );
}

/** Core's typing reporter for one conversation (and note mode), through `useTypingReporter`. */
export function useTypingReporterAction(
  conversationId: number | undefined,
  isPrivate: boolean,
): TypingReporterHandle {
  const handlers = useTypingReporter(conversationId, { isPrivate });
  return useMemo(() => ({ typing: handlers.onInput, stop: handlers.onSend }), [handlers]);
}
