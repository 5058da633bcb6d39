import { BUILTIN_DUCK_PRESETS, type DuckPreset } from '../../domain/ducking';
import type { Translator } from '../../shared/i18n/translator';

/**
 * The built-in presets' words in the catalog, the one mapping the Duck and Presets tabs both name them by; a pack's
 * presets (and a built-in a pack renamed) keep the names their authors gave them.
 */
const BUILTIN_NAME_IDS: Readonly<Record<string, 'duck.presetLight' | 'duck.presetStandard' | 'duck.presetStrong'>> = {
  light: 'duck.presetLight',
  standard: 'duck.presetStandard',
  strong: 'duck.presetStrong',
};

const builtinOf = (preset: Pick<DuckPreset, 'id' | 'name'>) =>
  BUILTIN_DUCK_PRESETS.find((builtin) => builtin.id === preset.id && builtin.name === preset.name && BUILTIN_NAME_IDS[builtin.id] != null);

/** Depth as the built-in names write it: a true minus sign ("−9"), the locale's decimal sign. */
const depth = (depthDb: number, translator: Translator) =>
  `${depthDb < 0 ? '−' : ''}${translator.formatNumber(Math.abs(depthDb), { maximumFractionDigits: 1 })}`;

/** A preset's name in the panel's language: "Standard (−9 dB)" → "Standard (−9 dB)" in French, "标准 (−9 dB)" in Chinese. */
export function duckPresetName(preset: Pick<DuckPreset, 'id' | 'name'>, translator: Translator): string {
  const builtin = builtinOf(preset);
  if (builtin == null) return preset.name;
  return translator.t('duck.presetWithDepth', {
    name: translator.t(BUILTIN_NAME_IDS[builtin.id]!),
    depth: depth(builtin.depthDb, translator),
  });
}

/** "Custom (from Standard)" in the panel's language, for settings edited from `base`. */
export function customDuckPresetName(base: Pick<DuckPreset, 'id' | 'name'>, customName: string, translator: Translator): string {
  const builtin = builtinOf(base);
  if (builtin == null) return customName;
  return translator.t('duck.customFrom', { name: translator.t(BUILTIN_NAME_IDS[builtin.id]!) });
}
