import type { DuckingProgress } from '../../workflows/apply-ducking';
import { useMessages } from '../i18n/use-messages';
import { SpectrumProgressBar } from '../spectrum/spectrum-progress-bar';

/** "Finding speech in vo.wav (1/2) 40%": which file is being read while a duck is planned, with a Spectrum progress bar. */
export function DuckProgressLine({ progress }: { progress: DuckingProgress }) {
  const { t } = useMessages();
  const fileName = progress.mediaPath.split(/[\\/]/).pop() ?? progress.mediaPath;
  const place = { file: fileName, index: progress.mediaIndex, count: progress.mediaCount };
  const voice = progress.phase === 'voice';
  const line =
    progress.fraction == null
      ? t(voice ? 'duck.progressVoice' : 'duck.progressMeasuring', place)
      : t(voice ? 'duck.progressVoicePercent' : 'duck.progressMeasuringPercent', { ...place, fraction: progress.fraction });
  return (
    <div className="duck-progress">
      <p className="hint" role="status" data-testid="duck-progress">
        {line}
      </p>
      <SpectrumProgressBar label={t('duck.reading', { file: fileName })} fraction={progress.fraction ?? null} />
    </div>
  );
}
