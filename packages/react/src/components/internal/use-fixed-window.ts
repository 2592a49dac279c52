import { type RefCallback, type RefObject, useCallback, useEffect, useRef, useState } from "react";
import { useCssVariables } from "./use-css-variables";

/** Options of {@link useFixedWindow}. */
export interface FixedWindowOptions {
  /** Number of rows. */
  count: number;
  /** Height of every row in px (the stylesheet reads it as `--unilink-vl-row`). */
  rowHeight: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan?: number;
  /** Viewport height assumed before it can be measured (server, jsdom). */
  fallbackHeight?: number;
}

/** The rows to render and how to move the viewport. */
export interface FixedWindow {
  /** First rendered row. */
  start: number;
  /** One past the last rendered row. */
  end: number;
  /** Rows that fit in the viewport (for PageUp/PageDown). */
  pageSize: number;
  /** Attach to the scroll container's `onScroll`. */
  onScroll(): void;
  /** Scrolls just enough to show row `index`, and renders it right away. */
  scrollToIndex(index: number): void;
  /** Put on the scroll container (fills `scrollRef` and writes the geometry variables). */
  ref: RefCallback<HTMLElement>;
}

interface Range {
  start: number;
  end: number;
  viewport: number;
}

function rangeFor(
  scrollTop: number,
  viewport: number,
  count: number,
  rowHeight: number,
  overscan: number,
): Range {
  const first = Math.floor(scrollTop / rowHeight);
  const last = Math.ceil((scrollTop + viewport) / rowHeight);
  return {
    start: Math.max(0, Math.min(count, first - overscan)),
    end: Math.min(count, last + overscan),
    viewport,
  };
}

/**
 * A fixed-row-height virtualizer: only the rows in view (plus `overscan`)
 * are rendered, so 10,000 rows cost as much as 20. It writes the total
 * height and the rendered window's offset as CSS variables on the scroll
 * container via the CSSOM (CSP-safe, see `useCssVariables`):
 * `--unilink-vl-total`, `--unilink-vl-offset`, `--unilink-vl-row`.
 * Re-renders only when the rendered range changes, not on every scroll pixel.
 */
export function useFixedWindow(
  scrollRef: RefObject<HTMLElement | null>,
  { count, rowHeight, overscan = 6, fallbackHeight = 480 }: FixedWindowOptions,
): FixedWindow {
  const [range, setRange] = useState<Range>(() =>
    rangeFor(0, fallbackHeight, count, rowHeight, overscan),
  );
  const settings = useRef({ count, rowHeight, overscan, fallbackHeight });
  settings.current = { count, rowHeight, overscan, fallbackHeight };

  const measure = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    const s = settings.current;
    const viewport = element.clientHeight || s.fallbackHeight;
    const next = rangeFor(element.scrollTop, viewport, s.count, s.rowHeight, s.overscan);
    setRange((previous) =>
      previous.start === next.start &&
      previous.end === next.end &&
      previous.viewport === next.viewport
        ? previous
        : next,
    );
  }, [scrollRef]);

  // Count or row height changed: the range must follow even without a scroll.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-measure when these inputs change
  useEffect(measure, [measure, count, rowHeight, overscan]);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => measure());
    observer.observe(element);
    return () => observer.disconnect();
  }, [scrollRef, measure]);

  const start = Math.min(range.start, count);
  const end = Math.min(Math.max(range.end, start), count);
  const ref = useCssVariables(scrollRef, {
    "--unilink-vl-total": `${count * rowHeight}px`,
    "--unilink-vl-offset": `${start * rowHeight}px`,
    "--unilink-vl-row": `${rowHeight}px`,
  });

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const s = settings.current;
      const viewport = element.clientHeight || s.fallbackHeight;
      const top = index * s.rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + s.rowHeight > element.scrollTop + viewport) {
        element.scrollTop = top + s.rowHeight - viewport;
      }
      // jsdom (and a container without layout) ignores scrollTop: render around the row anyway.
      const scrollTop =
        element.scrollHeight > 0 ? element.scrollTop : Math.max(0, top - viewport / 2);
      setRange(rangeFor(scrollTop, viewport, s.count, s.rowHeight, s.overscan));
    },
    [scrollRef],
  );

  return {
    start,
    end,
    pageSize: Math.max(1, Math.floor(range.viewport / rowHeight)),
    onScroll: measure,
    scrollToIndex,
    ref,
  };
}
