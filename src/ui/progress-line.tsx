import type { GenerationProgress } from '../workflows/generation-progress';

function describeProgress(progress: GenerationProgress): { label: string; fraction?: number } {
  switch (progress.phase) {
    case 'submitting':
      return { label: 'Submitting…' };
    case 'generating':
      return { label: `Generating (job ${progress.jobId})…`, fraction: progress.fraction };
    case 'downloading': {
      const total = progress.totalBytes;
      const megabytes = (progress.receivedBytes / 1_048_576).toFixed(1);
      return { label: `Downloading ${megabytes} MB…`, fraction: total == null ? undefined : progress.receivedBytes / total };
    }
    case 'placing':
      return { label: 'Importing and placing on the timeline…' };
  }
}

/** A labelled progress bar; indeterminate (striped) when the provider reports no fraction. */
export function ProgressLine({ progress }: { progress: GenerationProgress }) {
  const { label, fraction } = describeProgress(progress);
  const percent = fraction == null ? undefined : Math.round(fraction * 100);
  return (
    <div className="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
      <div className="progress-label" data-phase={progress.phase}>
        {label}
        {percent == null ? '' : ` ${percent}%`}
      </div>
      <div className="progress-track">
        <div className={percent == null ? 'progress-fill indeterminate' : 'progress-fill'} style={{ width: `${percent ?? 100}%` }} />
      </div>
    </div>
  );
}
