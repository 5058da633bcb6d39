import { useCallback, useState } from 'react';
import { rowWindow, type RowWindow } from './row-window';

/** What a scrolled list container reports (an HTMLElement has both). */
interface ScrolledBox {
  readonly scrollTop: number;
  readonly clientHeight: number;
}

/** Before the container is measured: about a panel's height, so the first render shows a screenful. */
const FIRST_VIEWPORT_PX = 800;

/**
 * The Jobs tab's windowed list: the rows to render for the container's scroll position. Wire
 * `measure` as the scrolling container's ref and `onScroll` as its scroll handler; render
 * `jobs.slice(window.firstIndex, window.endIndex)` between spacers of `spaceBeforePx` and
 * `spaceAfterPx`, every row `rowHeightPx` tall. No ResizeObserver (UXP may lack it): the viewport
 * is re-read on every scroll.
 */
export function useJobWindow(
  rowCount: number,
  rowHeightPx: number,
): { window: RowWindow; measure: (box: ScrolledBox | null) => void; onScroll: (event: { currentTarget: ScrolledBox }) => void } {
  const [view, setView] = useState({ scrollTopPx: 0, viewportHeightPx: FIRST_VIEWPORT_PX });
  const read = useCallback((box: ScrolledBox) => {
    setView((previous) =>
      previous.scrollTopPx === box.scrollTop && previous.viewportHeightPx === box.clientHeight
        ? previous
        : { scrollTopPx: box.scrollTop, viewportHeightPx: box.clientHeight },
    );
  }, []);
  const measure = useCallback(
    (box: ScrolledBox | null) => {
      if (box != null) read(box);
    },
    [read],
  );
  const onScroll = useCallback((event: { currentTarget: ScrolledBox }) => read(event.currentTarget), [read]);
  return { window: rowWindow({ rowCount, rowHeightPx, ...view }), measure, onScroll };
}
