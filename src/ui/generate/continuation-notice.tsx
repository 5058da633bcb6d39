import type { DraftContinuation } from './generate-draft';

/** "Continues: <earlier prompt> — extend · Clear": the generation this one extends or edits. */
export function ContinuationNotice({ continuation, onClear }: { continuation: DraftContinuation; onClear: () => void }) {
  return (
    <p className="hint continues" title={continuation.earlierPrompt}>
      Continues: {continuation.earlierPrompt} — {continuation.mode} ·{' '}
      <button type="button" className="quiet" onClick={onClear}>
        Clear
      </button>
    </p>
  );
}
