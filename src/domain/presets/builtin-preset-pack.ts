import { BUILTIN_DUCK_PRESETS } from '../ducking/duck-preset';
import { CURRENT_PRESET_PACK_VERSION, presetPackSchema, type PresetPack } from './preset-pack-schema';

/**
 * The built-in presets as a pack: Light −6, Standard −9, Strong −12 dB with broadcast-practice
 * ramps (fade down ≈0.3 s ahead of the voice, up over ≈0.6 s after it, 1 s hold). Unlocked, so an
 * agency pack or the user can redefine "standard" for their house style.
 */
export const BUILTIN_PRESET_PACK: PresetPack = presetPackSchema.parse({
  schemaVersion: CURRENT_PRESET_PACK_VERSION,
  name: 'ClipRelay built-ins',
  author: 'ClipRelay',
  description: 'Fixed-depth ducking under the voice-over: −6, −9 and −12 dB.',
  presets: BUILTIN_DUCK_PRESETS.map((preset) => ({ ...preset, locked: false })),
});
