import { BUILTIN_PRESET_PACK } from '../../domain/presets';
import type { Translator } from '../../shared/i18n/translator';

/** The built-ins' names in the catalog, by preset id. Their English equals the pack's own (a test holds them together). */
const BUILTIN_NAMES = {
  light: 'presets.builtinLight',
  standard: 'presets.builtinStandard',
  strong: 'presets.builtinStrong',
} as const;

const builtinNameOf = new Map(BUILTIN_PRESET_PACK.presets.map((preset) => [preset.id, preset.name]));

/**
 * A preset's name as the panel shows it: a built-in one in the panel's language; any other (an agency's,
 * the editor's, or a built-in renamed by a pack) exactly as its pack writes it.
 */
export function presetDisplayName(preset: { readonly id: string; readonly name: string }, t: Translator['t']): string {
  const id = BUILTIN_NAMES[preset.id as keyof typeof BUILTIN_NAMES];
  return id != null && builtinNameOf.get(preset.id) === preset.name ? t(id) : preset.name;
}

/** A preset source as the panel shows it: the built-in pack in the panel's language, a pack by its own name. */
export function presetSourceName(source: string, t: Translator['t']): string {
  return source === BUILTIN_PRESET_PACK.name ? t('presets.builtinPack') : source;
}
