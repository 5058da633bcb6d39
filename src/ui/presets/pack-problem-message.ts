import { PackSignatureError } from '../../domain/packs';
import { describeError } from '../../shared/app-error';
import type { Translator } from '../../shared/i18n/translator';

/**
 * Why a pack action failed, in the panel's language where the error carries what the sentence needs (a
 * tampered signature names only the pack); otherwise the error's own English words, which stay readable.
 */
export function packProblemMessage(error: unknown, t: Translator['t']): string {
  if (error instanceof PackSignatureError && error.problem === 'tampered') return t('presets.signatureTampered', { source: error.source });
  return describeError(error);
}
