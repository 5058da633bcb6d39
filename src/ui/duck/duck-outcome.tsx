import type { DuckingResult } from '../../workflows/apply-ducking';
import type { ActionState } from '../use-async-action';
import { useMessages } from '../i18n/use-messages';
import { DuckWarnings } from './duck-warnings';

/**
 * What a duck wrote (clips, voice regions, keyframes, one undo step) and its warnings, or why it failed. A host
 * that writes level steps (Resolve 21.1+: no volume keyframes) is not told it wrote keyframes.
 */
export function DuckOutcome({ state, writesGainSteps = false }: { state: ActionState<DuckingResult>; writesGainSteps?: boolean }) {
  const { t } = useMessages();
  if (state.status === 'failed') {
    return (
      <p className="error" role="alert">
        {state.message}
      </p>
    );
  }
  if (state.status !== 'done') return null;
  const { envelopes, voiceRegions, warnings, warningWords } = state.result;
  const keyframes = envelopes.reduce((sum, envelope) => sum + envelope.points.length, 0);
  return (
    <>
      <p className="result" role="status">
        {envelopes.length === 0
          ? t('duck.nothingToDuck')
          : writesGainSteps
            ? t('duck.duckedSummarySteps', { clips: envelopes.length, regions: voiceRegions.length })
            : t('duck.duckedSummary', { clips: envelopes.length, regions: voiceRegions.length, keyframes })}
      </p>
      <DuckWarnings warnings={warnings} words={warningWords} />
    </>
  );
}
