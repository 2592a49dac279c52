import { type StoredMessage, selectThreadLoadState } from "@unilink/core";
import { type ComponentType, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { MessageContentProps } from "../../content/MessageContent";
import { useMessages } from "../../hooks/use-messages";
import { useUniLinkStore } from "../../hooks/use-unilink-store";
import {
  type LoadOlderResult,
  useLoadLatestAction,
  useLoadOlderAction,
  useMarkReadAction,
  useRetryMessageAction,
} from "../internal/actions";
import { cx } from "../internal/cx";
import { useLabels } from "../internal/merge-labels";
import { useNow } from "../internal/use-now";
import type { AttachmentViewProps } from "./Attachments";
import { DaySeparator, type DaySeparatorProps } from "./DaySeparator";
import { roleOf, type Viewer } from "./direction";
import { buildMessageItems } from "./items";
import { defaultMessageListLabels, type MessageListLabels } from "./labels";
import { MessageBubble, type MessageBubbleProps } from "./MessageBubble";
import { useArrivalAnnouncer } from "./use-arrival-announcer";
import { useScrollFollow } from "./use-scroll-follow";

/** Inner parts of {@link MessageList} an app may replace. */
export interface MessageListComponents {
  /** One message. */
  Message: ComponentType<MessageBubbleProps>;
  /** A message's text. */
  Content: ComponentType<MessageContentProps>;
  /** One attachment. */
  Attachment: ComponentType<AttachmentViewProps>;
  /** A day separator. */
  DaySeparator: ComponentType<DaySeparatorProps>;
}

/** Props of {@link MessageList}. */
export interface MessageListProps {
  /** Display id of the conversation. */
  conversationId: number;
  /** Who reads: `agent` (default) or `contact` (private notes never shown). */
  viewer?: Viewer;
  /** Show the loading state. Default: while the client fetches the first page. */
  loading?: boolean;
  /** Fetch the latest page on mount when the client has a REST `api` and has not loaded it. Default true. */
  autoLoad?: boolean;
  /** Messages rendered at first, and added each time the reader reaches the top. Default 50. */
  pageSize?: number;
  /** Arrivals within this window are announced together. Default 1000 ms. */
  announceDelayMs?: number;
  /** Tell the server the conversation was seen when new messages show at the bottom. Default true. */
  markRead?: boolean;
  /** Loads the page before the oldest message. Default: the client's `loadOlderMessages`. */
  onLoadOlder?: (conversationId: number) => Promise<LoadOlderResult>;
  /** Re-sends a failed message. Default: the client's `retryMessage`. */
  onRetry?: (message: StoredMessage) => void;
  /** Locale for times and days. */
  locale?: string;
  /** Extra class on the root. */
  className?: string;
  /** Override strings. */
  labels?: Partial<MessageListLabels>;
  /** Replace inner parts. */
  components?: Partial<MessageListComponents>;
}

type OlderState = "idle" | "loading" | "done";

/**
 * A conversation's messages: grouped by sender and day; incoming, outgoing,
 * private note, activity and deleted styles; delivery status with retry;
 * safe text and attachments. Windowed: the newest `pageSize` messages are
 * rendered and more are added when the reader reaches the top (fetching
 * older pages from the server when needed) without moving what is on
 * screen. It sticks to the bottom on new messages unless the reader
 * scrolled up, then offers a "new messages" button. New incoming messages
 * are announced through a polite live region, batched.
 *
 * @example
 * <MessageList conversationId={openId} />
 */
export function MessageList({
  conversationId,
  viewer = "agent",
  loading: loadingProp,
  autoLoad = true,
  pageSize = 50,
  announceDelayMs = 1000,
  markRead = true,
  onLoadOlder,
  onRetry,
  locale,
  className,
  labels,
  components,
}: MessageListProps) {
  const l = useLabels(defaultMessageListLabels, labels);
  const Message = components?.Message ?? MessageBubble;
  const Separator = components?.DaySeparator ?? DaySeparator;
  const stored = useMessages(conversationId);
  const all = useMemo(
    () => (viewer === "contact" ? stored.filter((message) => !message.private) : stored),
    [stored, viewer],
  );

  const thread = useUniLinkStore((state) => selectThreadLoadState(state, conversationId));
  const loadLatest = useLoadLatestAction();
  // biome-ignore lint/correctness/useExhaustiveDependencies: fetch once per conversation, not on every state change
  useEffect(() => {
    if (autoLoad && !thread.loaded && !thread.isLoading) loadLatest(conversationId);
  }, [autoLoad, conversationId, loadLatest]);
  const loading = loadingProp ?? (thread.isLoading && !thread.loaded);

  const [anchorKey, setAnchorKey] = useState<string | undefined>(undefined);
  const anchorIndex =
    anchorKey === undefined ? -1 : all.findIndex((m) => String(m.id) === anchorKey);
  const start = anchorIndex >= 0 ? anchorIndex : Math.max(0, all.length - pageSize);
  const shown = useMemo(() => all.slice(start), [all, start]);
  const items = useMemo(() => buildMessageItems(shown, viewer), [shown, viewer]);
  const firstKey = shown[0] === undefined ? undefined : String(shown[0].id);
  const last = shown[shown.length - 1];
  const lastKey = last === undefined ? undefined : String(last.id);

  // Pin the window's top to a message, so rows arriving at the bottom never shift it.
  useEffect(() => {
    if (firstKey !== undefined && anchorKey !== firstKey) setAnchorKey(firstKey);
  }, [anchorKey, firstKey]);

  const previousLast = useRef<string | undefined>(undefined);
  const arrivedFromOthers = useMemo(() => {
    const index = shown.findIndex((m) => String(m.id) === previousLast.current);
    if (index < 0) return 0;
    return shown.slice(index + 1).filter((m) => roleOf(m, viewer) === "incoming").length;
  }, [shown, viewer]);
  useEffect(() => {
    previousLast.current = lastKey;
  }, [lastKey]);

  const scrollRef = useRef<HTMLElement | null>(null);
  const contentRef = useRef<HTMLDivElement | null>(null);
  const follow = useScrollFollow(scrollRef, contentRef, {
    firstKey,
    lastKey,
    arrivedFromOthers,
    lastIsOwn: last?.status === "sending",
  });

  const clientLoadOlder = useLoadOlderAction();
  const loadOlder = onLoadOlder ?? clientLoadOlder;
  const clientRetry = useRetryMessageAction();
  const retry = useCallback(
    (message: StoredMessage) => {
      if (onRetry) onRetry(message);
      else clientRetry(message).catch(() => {});
    },
    [onRetry, clientRetry],
  );
  const [older, setOlder] = useState<OlderState>("idle");
  // Core knows whether the server has older pages; an app's own loader answers for itself.
  const serverHasOlder = onLoadOlder !== undefined || (thread.loaded && thread.hasMore);
  const [reveal, setReveal] = useState<number | undefined>(undefined);

  // Conversation switched: start over.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the conversation changes
  useEffect(() => {
    setAnchorKey(undefined);
    setOlder("idle");
    setReveal(undefined);
  }, [conversationId]);

  const showEarlier = useCallback(() => {
    if (start > 0) {
      setAnchorKey(String(all[Math.max(0, start - pageSize)]?.id));
      return;
    }
    if (older !== "idle" || !serverHasOlder) return;
    setOlder("loading");
    const lengthBefore = all.length;
    loadOlder(conversationId).then(
      (result) => {
        setOlder(result.hasMore ? "idle" : "done");
        setReveal(lengthBefore);
      },
      () => setOlder("idle"),
    );
  }, [start, all, pageSize, older, serverHasOlder, loadOlder, conversationId]);

  // Older messages landed above the window: reveal a page of them.
  useEffect(() => {
    if (reveal === undefined || all.length <= reveal) return;
    setReveal(undefined);
    if (start > 0) setAnchorKey(String(all[Math.max(0, start - pageSize)]?.id));
  }, [reveal, all, start, pageSize]);

  const markReadAction = useMarkReadAction(conversationId);
  // biome-ignore lint/correctness/useExhaustiveDependencies: mark read when the newest message changes
  useEffect(() => {
    if (markRead && lastKey !== undefined && follow.atBottom()) markReadAction();
  }, [markRead, lastKey, conversationId]);

  const announcement = useArrivalAnnouncer(all, viewer, l, announceDelayMs);
  const now = useNow(60_000);

  const onScroll = () => {
    if (follow.onScroll()) showEarlier();
  };
  const jumpToNew = () => {
    follow.scrollToBottom();
    if (markRead) markReadAction();
  };

  return (
    <div className={cx("unilink-root", "unilink-message-list", className)}>
      <section
        ref={follow.ref}
        className="unilink-message-list__scroller"
        aria-label={l.log}
        aria-busy={loading || older === "loading" || undefined}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
        onScroll={onScroll}
      >
        <div ref={contentRef} className="unilink-message-list__content">
          {older === "loading" ? (
            <p className="unilink-message-list__older" role="status">
              {l.loadingOlder}
            </p>
          ) : start > 0 || (older === "idle" && serverHasOlder && all.length > 0 && !loading) ? (
            <button
              type="button"
              className="unilink-button unilink-message-list__older"
              onClick={showEarlier}
            >
              {l.loadOlder}
            </button>
          ) : all.length > 0 ? (
            <p className="unilink-message-list__older">{l.start}</p>
          ) : null}
          {loading && all.length === 0 && (
            <p className="unilink-empty" role="status">
              {l.loading}
            </p>
          )}
          {!loading && all.length === 0 && <p className="unilink-empty">{l.empty}</p>}
          {items.map((item) =>
            item.kind === "day" ? (
              <div key={item.key} data-key={item.key} className="unilink-message-list__row">
                <Separator day={item.day} now={now} locale={locale} labels={l} />
              </div>
            ) : (
              <div key={item.key} data-key={item.key} className="unilink-message-list__row">
                <Message
                  message={item.message}
                  role={item.role}
                  first={item.first}
                  last={item.last}
                  viewer={viewer}
                  labels={l}
                  locale={locale}
                  onRetry={retry}
                  Content={components?.Content}
                  Attachment={components?.Attachment}
                />
              </div>
            ),
          )}
        </div>
      </section>
      {follow.unseen > 0 && (
        <button
          type="button"
          className="unilink-button unilink-message-list__jump"
          onClick={jumpToNew}
        >
          {l.newMessages(follow.unseen)} ↓
        </button>
      )}
      <div className="unilink-sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
