import { type RefCallback, type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { useCommitRef } from "../internal/use-commit-ref";

/** Closer than this to the bottom counts as "at the bottom". */
const BOTTOM_SLACK_PX = 48;

/** What {@link useScrollFollow} reports. */
export interface ScrollFollow {
  /** Arrivals from others since the reader scrolled up. */
  unseen: number;
  /** Whether the reader is at the bottom. */
  atBottom: () => boolean;
  /** Scrolls to the newest message and clears `unseen`. */
  scrollToBottom: () => void;
  /** Attach to the scroller's `onScroll`; returns whether the top was reached. */
  onScroll: () => boolean;
  /** Put on the scroller (fills `scrollRef`; follows rows added or prepended after each commit). */
  ref: RefCallback<HTMLElement>;
}

/** Inputs of {@link useScrollFollow}. */
export interface ScrollFollowInput {
  /** Key of the first rendered row. */
  firstKey: string | undefined;
  /** Key of the last rendered row. */
  lastKey: string | undefined;
  /** How many of the rows added at the bottom since the last render came from others. */
  arrivedFromOthers: number;
  /** The newest row is the viewer's own (always follow it). */
  lastIsOwn: boolean;
}

function distanceFromBottom(element: HTMLElement): number {
  return element.scrollHeight - element.scrollTop - element.clientHeight;
}

/**
 * Scroll behaviour of a chat log:
 * - sticks to the bottom when new rows arrive, unless the reader scrolled
 *   up; then it counts them (`unseen`) for a "new messages" button;
 * - always follows the viewer's own new message;
 * - keeps the visible rows in place when older rows are prepended;
 * - stays at the bottom while content grows (images loading) if it was there.
 */
export function useScrollFollow(
  scrollRef: RefObject<HTMLElement | null>,
  contentRef: RefObject<HTMLElement | null>,
  { firstKey, lastKey, arrivedFromOthers, lastIsOwn }: ScrollFollowInput,
): ScrollFollow {
  const [unseen, setUnseen] = useState(0);
  const stuck = useRef(true);
  const anchor = useRef<{ key: string; top: number } | undefined>(undefined);
  const previousLast = useRef<string | undefined>(undefined);

  const scrollToBottom = useCallback(() => {
    const element = scrollRef.current;
    if (element) element.scrollTop = element.scrollHeight;
    stuck.current = true;
    setUnseen(0);
  }, [scrollRef]);

  const rowTop = useCallback(
    (key: string) => {
      for (const row of contentRef.current?.children ?? []) {
        if (row instanceof HTMLElement && row.dataset.key === key) return row.offsetTop;
      }
      return undefined;
    },
    [contentRef],
  );

  // After the DOM update, before paint: the scroll position must never show a jump.
  const ref = useCommitRef(
    scrollRef,
    (element) => {
      // Older rows were prepended: move by how far the previous first row was pushed down.
      const before = anchor.current;
      if (before && before.key !== firstKey) {
        const after = rowTop(before.key);
        if (after !== undefined) element.scrollTop += after - before.top;
      }
      if (lastKey !== previousLast.current) {
        const first = previousLast.current === undefined;
        previousLast.current = lastKey;
        if (first || stuck.current || lastIsOwn) {
          element.scrollTop = element.scrollHeight;
          stuck.current = true;
          setUnseen(0);
        } else if (arrivedFromOthers > 0) {
          setUnseen((count) => count + arrivedFromOthers);
        }
      }
      if (firstKey !== undefined) {
        const top = rowTop(firstKey);
        anchor.current = top === undefined ? undefined : { key: firstKey, top };
      }
    },
    [firstKey, lastKey],
  );

  // Content growing under a reader at the bottom (images loading) keeps them there.
  useEffect(() => {
    const content = contentRef.current;
    const element = scrollRef.current;
    if (!content || !element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      if (stuck.current) element.scrollTop = element.scrollHeight;
    });
    observer.observe(content);
    return () => observer.disconnect();
  }, [contentRef, scrollRef]);

  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return false;
    stuck.current = distanceFromBottom(element) <= BOTTOM_SLACK_PX;
    if (stuck.current) setUnseen(0);
    return element.scrollTop <= BOTTOM_SLACK_PX * 2;
  }, [scrollRef]);

  return { unseen, atBottom: () => stuck.current, scrollToBottom, onScroll, ref };
}
