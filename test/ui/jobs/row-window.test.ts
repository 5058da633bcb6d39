import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowWindow } from '../../../src/ui/jobs/row-window';

describe('rowWindow', () => {
  it('renders every row the viewport shows, few others, and spacers that keep the list its full height', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 20, max: 300 }),
        fc.integer({ min: -500, max: 10_000_000 }),
        fc.integer({ min: 0, max: 2_000 }),
        fc.integer({ min: 0, max: 10 }),
        (rowCount, rowHeightPx, scrollTopPx, viewportHeightPx, overscanRows) => {
          const window = rowWindow({ rowCount, rowHeightPx, scrollTopPx, viewportHeightPx, overscanRows });
          const totalPx = rowCount * rowHeightPx;
          const rendered = window.endIndex - window.firstIndex;
          expect(window.spaceBeforePx + rendered * rowHeightPx + window.spaceAfterPx).toBe(totalPx);
          expect(rendered).toBeGreaterThanOrEqual(1);
          expect(rendered).toBeLessThanOrEqual(Math.ceil(viewportHeightPx / rowHeightPx) + 2 + 2 * overscanRows);
          // Every row intersecting the (clamped) viewport is rendered.
          const topPx = Math.min(Math.max(0, scrollTopPx), Math.max(0, totalPx - viewportHeightPx));
          for (let index = Math.floor(topPx / rowHeightPx); index * rowHeightPx < Math.min(totalPx, topPx + viewportHeightPx); index++) {
            expect(index).toBeGreaterThanOrEqual(window.firstIndex);
            expect(index).toBeLessThan(window.endIndex);
          }
        },
      ),
    );
  });

  it('shows the first rows at the top, the last screenful past the end, and nothing for an empty list', () => {
    expect(rowWindow({ rowCount: 10_000, rowHeightPx: 100, scrollTopPx: 0, viewportHeightPx: 450, overscanRows: 2 })).toEqual({
      firstIndex: 0,
      endIndex: 7,
      spaceBeforePx: 0,
      spaceAfterPx: 9_993 * 100,
    });
    expect(rowWindow({ rowCount: 50, rowHeightPx: 100, scrollTopPx: 99_999, viewportHeightPx: 400, overscanRows: 0 })).toMatchObject({
      firstIndex: 46,
      endIndex: 50,
    });
    expect(rowWindow({ rowCount: 0, rowHeightPx: 100, scrollTopPx: 0, viewportHeightPx: 400 }).endIndex).toBe(0);
    // Found by a 20× property run: a collapsed (0 px) viewport scrolled to the end still shows the last row.
    expect(rowWindow({ rowCount: 1, rowHeightPx: 20, scrollTopPx: 20, viewportHeightPx: 0, overscanRows: 0 })).toMatchObject({
      firstIndex: 0,
      endIndex: 1,
    });
  });
});
