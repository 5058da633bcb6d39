import type { DuckingProgress } from '../../workflows/apply-ducking';

/** "Finding speech in vo.wav (1/2) 40%": which file is being read while a duck is planned. */
export function DuckProgressLine({ progress }: { progress: DuckingProgress }) {
  return (
    <p className="hint" role="status" data-testid="duck-progress">
      {progress.phase === 'voice' ? 'Finding speech in' : 'Measuring'} {progress.mediaPath.split(/[\\/]/).pop()} ({progress.mediaIndex}/
      {progress.mediaCount}){progress.fraction == null ? '' : ` ${Math.round(progress.fraction * 100)}%`}
    </p>
  );
}
