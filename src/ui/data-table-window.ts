import { useCallback, useEffect, useState, type RefObject } from 'react';

/** The rows a {@link DataTable} renders: those in view and `overscan` more on each side. */
export interface RowWindow {
  /** First rendered index. */
  first: number;
  /** Last rendered index (inclusive); below `first` when there are no rows. */
  last: number;
  /** Scrolls as little as needed for the row to be in view under the sticky header, and renders it. */
  scrollToIndex: (index: number) => void;
}

interface RowWindowOptions {
  scrollRef: RefObject<HTMLElement | null>;
  count: number;
  /** Height of every row, the header's too. */
  rowHeight: number;
  /** Height of the scrolling area, header included; stands in for its measure, which is 0 without layout (a hidden tab, a test DOM). */
  height: number;
  overscan: number;
}

/**
 * The window of a grid whose rows all have one height. It follows from scrollTop by a division,
 * whatever the number of rows: no measurement per row, which a general virtualizer keeps and rebuilds
 * whenever the count changes (100,000 of them each time the import preview opened, or a row was added
 * or deleted). The state is the first row in view, so scrolling within a row renders nothing, and
 * being set from the browser's scroll listener, React renders it in a task of its own instead of
 * inside the scroll event with that frame's style, layout and paint.
 */
export function useRowWindow({ scrollRef, count, rowHeight, height, overscan }: RowWindowOptions): RowWindow {
  const [top, setTop] = useState(0);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onScroll = () => setTop(Math.floor(element.scrollTop / rowHeight));
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, [scrollRef, rowHeight]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const viewport = element.clientHeight > 0 ? element.clientHeight : height;
      // Row `index` spans (index + 1) to (index + 2) row heights from the top, the header being the first.
      const rowTop = index * rowHeight;
      const rowBottom = (index + 2) * rowHeight;
      if (rowTop < element.scrollTop) element.scrollTop = rowTop;
      else if (rowBottom > element.scrollTop + viewport) element.scrollTop = rowBottom - viewport;
      // Rendered now, so that focus can move to the row; the scroll event that follows changes nothing.
      setTop(Math.floor(element.scrollTop / rowHeight));
    },
    [scrollRef, rowHeight, height],
  );

  const inView = Math.max(1, Math.ceil((height - rowHeight) / rowHeight));
  const firstInView = Math.max(0, Math.min(top, count - 1));
  return { first: Math.max(0, firstInView - overscan), last: Math.min(count - 1, firstInView + inView + overscan), scrollToIndex };
}
