import type { DuckingProgress } from '../../workflows/apply-ducking';
import { SpectrumProgressBar } from '../spectrum/spectrum-progress-bar';

/** "Finding speech in vo.wav (1/2) 40%": which file is being read while a duck is planned, with a Spectrum progress bar. */
export function DuckProgressLine({ progress }: { progress: DuckingProgress }) {
  const fileName = progress.mediaPath.split(/[\\/]/).pop();
  return (
    <div className="duck-progress">
      <p className="hint" role="status" data-testid="duck-progress">
        {progress.phase === 'voice' ? 'Finding speech in' : 'Measuring'} {fileName} ({progress.mediaIndex}/{progress.mediaCount})
        {progress.fraction == null ? '' : ` ${Math.round(progress.fraction * 100)}%`}
      </p>
      <SpectrumProgressBar label={`Reading ${fileName}`} fraction={progress.fraction ?? null} />
    </div>
  );
}
