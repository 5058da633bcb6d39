import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useJobWindow } from '../../../src/ui/jobs/use-job-window';

/** A list wired as the Jobs tab would be: spacers around the window of rows. */
function WindowedList({ rowCount }: { rowCount: number }) {
  const { window, measure, onScroll } = useJobWindow(rowCount, 120);
  const rows = [];
  for (let index = window.firstIndex; index < window.endIndex; index++) rows.push(<li key={index}>job {index}</li>);
  return (
    <ul ref={measure} onScroll={onScroll}>
      <li style={{ height: window.spaceBeforePx }} />
      {rows}
      <li style={{ height: window.spaceAfterPx }} />
    </ul>
  );
}

describe('useJobWindow', () => {
  it('renders a screenful of a 10,000-job history, not all of it, with the rest as space', () => {
    const markup = renderToStaticMarkup(<WindowedList rowCount={10_000} />);
    const rendered = markup.match(/job \d+/g) ?? [];
    expect(rendered[0]).toBe('job 0');
    expect(rendered.length).toBeGreaterThan(0);
    expect(rendered.length).toBeLessThan(20);
    expect(markup).toContain(`height:${(10_000 - rendered.length) * 120}px`);
  });
});
