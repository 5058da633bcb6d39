import { PackSignatureError } from '../../domain/packs';
import { describeErrorIn } from '../../shared/i18n/describe-error-in';
import type { Translator } from '../../shared/i18n/translator';

/**
 * Why a pack action failed, in the panel's language: a tampered signature from the Presets catalog (the error
 * names only the pack), any other error by its own catalog message where it carries one, else its English words.
 */
export function packProblemMessage(error: unknown, messages: Translator): string {
  if (error instanceof PackSignatureError && error.problem === 'tampered')
    return messages.t('presets.signatureTampered', { source: error.source });
  return describeErrorIn(messages, error);
}
