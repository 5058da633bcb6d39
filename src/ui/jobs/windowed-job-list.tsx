import type { ReactNode } from 'react';
import type { JobRecord } from '../../workflows/jobs/job-record';
import { useJobWindow } from './use-job-window';

/** Every history row's height: a card with its thumbnail, status and buttons; a longer card scrolls inside its row. */
const JOB_ROW_HEIGHT_PX = 168;
/** The list's own scrolling area: about a panel's height. */
const LIST_HEIGHT_PX = 640;
/** Below this many rows every card is rendered at its natural height; windowing pays off only for long histories. */
const WINDOW_FROM_ROWS = 60;

/**
 * A list of job cards that stays quick with 10,000 jobs in the history: past WINDOW_FROM_ROWS rows it
 * renders only the rows in view (plus a few either side, see rowWindow) in a scrolling area, with
 * spacers of the right heights standing in for the rest so the scroll bar tells the list's length.
 */
export function WindowedJobList({
  jobs,
  renderJob,
  label,
}: {
  jobs: readonly JobRecord[];
  renderJob: (job: JobRecord) => ReactNode;
  /** Names the list for screen readers ("Finished jobs"). */
  label: string;
}) {
  const { window, measure, onScroll } = useJobWindow(jobs.length, JOB_ROW_HEIGHT_PX);
  if (jobs.length === 0) return null;
  if (jobs.length < WINDOW_FROM_ROWS) {
    return (
      <div role="list" aria-label={label}>
        {jobs.map((job) => (
          <div role="listitem" key={job.id}>
            {renderJob(job)}
          </div>
        ))}
      </div>
    );
  }
  const shown = jobs.slice(window.firstIndex, window.endIndex);
  return (
    <div
      role="list"
      aria-label={label}
      className="job-window"
      ref={measure}
      onScroll={onScroll}
      style={{ height: LIST_HEIGHT_PX, overflowY: 'auto' }}
    >
      <div aria-hidden="true" style={{ height: window.spaceBeforePx }} />
      {shown.map((job, offset) => (
        <div
          role="listitem"
          key={job.id}
          aria-posinset={window.firstIndex + offset + 1}
          aria-setsize={jobs.length}
          style={{ height: JOB_ROW_HEIGHT_PX, overflowY: 'auto', boxSizing: 'border-box' }}
        >
          {renderJob(job)}
        </div>
      ))}
      <div aria-hidden="true" style={{ height: window.spaceAfterPx }} />
    </div>
  );
}
