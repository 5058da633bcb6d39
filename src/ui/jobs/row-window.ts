/** Which rows of a long list to render, and the empty space standing in for the rest. */
export interface RowWindow {
  readonly firstIndex: number;
  /** One past the last row rendered. */
  readonly endIndex: number;
  /** Space before the first rendered row (the rows above it). */
  readonly spaceBeforePx: number;
  /** Space after the last rendered row (the rows below it). */
  readonly spaceAfterPx: number;
}

interface RowWindowInput {
  readonly rowCount: number;
  /** Every row's height; rows are laid out at fixed heights so the window needs no measuring. */
  readonly rowHeightPx: number;
  readonly scrollTopPx: number;
  readonly viewportHeightPx: number;
  /** Rows rendered beyond each edge, so a fast scroll shows rows, not blank space. @default 6 */
  readonly overscanRows?: number;
}

/**
 * The rows a scrolled viewport shows (plus a few either side), for a list of thousands of jobs: the
 * list renders only these between two spacers of the right heights, so scrolling costs a few dozen
 * rows however long the history is. Pure: the hook (useJobWindow) feeds it scroll positions.
 */
export function rowWindow(input: RowWindowInput): RowWindow {
  const { rowCount, rowHeightPx } = input;
  const overscanRows = input.overscanRows ?? 6;
  if (rowCount <= 0 || !(rowHeightPx > 0)) return { firstIndex: 0, endIndex: 0, spaceBeforePx: 0, spaceAfterPx: 0 };
  const totalPx = rowCount * rowHeightPx;
  const viewportPx = Math.max(0, input.viewportHeightPx);
  // A scroll position past the end (the list shrank under it) shows the last screenful.
  const topPx = Math.min(Math.max(0, input.scrollTopPx), Math.max(0, totalPx - viewportPx));
  // A zero-height viewport scrolled to the very end sits just past the last row: show that row.
  const firstVisible = Math.min(rowCount - 1, Math.floor(topPx / rowHeightPx));
  const endVisible = Math.ceil((topPx + viewportPx) / rowHeightPx);
  const firstIndex = Math.max(0, firstVisible - overscanRows);
  const endIndex = Math.min(rowCount, Math.max(endVisible, firstVisible + 1) + overscanRows);
  return { firstIndex, endIndex, spaceBeforePx: firstIndex * rowHeightPx, spaceAfterPx: (rowCount - endIndex) * rowHeightPx };
}
