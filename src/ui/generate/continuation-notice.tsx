import { SpectrumButton } from '../spectrum/spectrum-button';
import type { DraftContinuation } from './generate-draft';

/** "Continues: <earlier prompt> — extend · Clear": the generation this one extends or edits. */
export function ContinuationNotice({ continuation, onClear }: { continuation: DraftContinuation; onClear: () => void }) {
  return (
    <p className="hint continues" title={continuation.earlierPrompt}>
      Continues: {continuation.earlierPrompt} — {continuation.mode} ·{' '}
      <SpectrumButton emphasis="quiet" onPress={onClear} label="Clear the continuation">
        Clear
      </SpectrumButton>
    </p>
  );
}
