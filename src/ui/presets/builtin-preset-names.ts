import { BUILTIN_PRESET_PACK } from '../../domain/presets';
import type { Translator } from '../../shared/i18n/translator';

/**
 * A preset source as the panel shows it: the built-in pack in the panel's language, a pack by its own name.
 * (A built-in preset's own name comes from `duckPresetName`, the one mapping both tabs use.)
 */
export function presetSourceName(source: string, t: Translator['t']): string {
  return source === BUILTIN_PRESET_PACK.name ? t('presets.builtinPack') : source;
}
