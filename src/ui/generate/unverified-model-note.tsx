import { useMessages } from '../i18n/use-messages';
import type { ModelCertainty } from './model-certainty';

/** The command that settles it, typed as is in every language (so it stays outside the catalog). */
const CHECK_COMMAND = 'cliprelay models --check';

/**
 * Stands in for the command inside the formatted sentence, then is cut out, so the sentence stays one whole
 * message (each language puts the command where its grammar wants) while the command renders as code.
 * A private-use character: no catalog text or model name contains it.
 */
const COMMAND_SLOT = '\uE000';

/**
 * One line under the model picker when the picked model is unverified: why, and how to settle it.
 * `cliprelay models --check` asks the provider's own model list with the user's key; where a
 * provider has none, the first generation is the confirmation.
 */
export function UnverifiedModelNote({ modelName, certainty }: { modelName: string; certainty: ModelCertainty }) {
  const { t } = useMessages();
  if (certainty.verified) return null;
  const sentence =
    certainty.note == null
      ? t('generate.unverifiedNote', { model: modelName, command: COMMAND_SLOT })
      : t('generate.unverifiedNoteWithReason', { model: modelName, note: certainty.note.replace(/\.$/, ''), command: COMMAND_SLOT });
  const [before = sentence, after = ''] = sentence.split(COMMAND_SLOT);
  return (
    <p className="hint" data-testid="unverified-model">
      {before}
      <code>{CHECK_COMMAND}</code>
      {after}
    </p>
  );
}
