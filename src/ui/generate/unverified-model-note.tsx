import type { ModelCertainty } from './model-certainty';

/**
 * One line under the model picker when the picked model is unverified: why, and how to settle it.
 * `cliprelay models --check` asks the provider's own model list with the user's key; where a
 * provider has none, the first generation is the confirmation.
 */
export function UnverifiedModelNote({ modelName, certainty }: { modelName: string; certainty: ModelCertainty }) {
  if (certainty.verified) return null;
  return (
    <p className="hint" data-testid="unverified-model">
      {`${modelName} is unverified: only third parties or our inference vouch for its id or options${certainty.note == null ? '' : ` (${certainty.note.replace(/\.$/, '')})`}. Confirm it with `}
      <code>cliprelay models --check</code>
      {', or one generation will tell.'}
    </p>
  );
}
