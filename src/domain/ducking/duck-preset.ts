import { z } from 'zod';

/**
 * How deep and how smoothly a clip's audio is lowered under speech. Strict: presets travel in
 * agency packs, so an unknown or out-of-range field is refused rather than guessed.
 */
export const duckPresetSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'),
  name: z.string().min(1),
  /** Gain under speech, relative to the clip's level. Between −24 and −1 dB. */
  depthDb: z.number().min(-24).max(-1),
  /**
   * Fade-down length, ending where speech starts (offline analysis lets us look ahead).
   * At least 20 ms: an instant gain step clicks.
   */
  attackSeconds: z.number().min(0.02).max(5),
  /** Fade-up length, starting where speech ends. At least 20 ms, as above. */
  releaseSeconds: z.number().min(0.02).max(5),
  /** Pauses shorter than attack + release + hold stay ducked instead of pumping up and down. */
  holdSeconds: z.number().min(0).max(10),
});

export type DuckPreset = z.infer<typeof duckPresetSchema>;

/**
 * Built-in presets. Ramps follow observed broadcast/editing practice (fade down ≈0.3 s before the
 * voice, up ≈0.6 s after it; research/peers-ducking.md §2.9), depths span the −6…−12 dB brief.
 */
export const BUILTIN_DUCK_PRESETS: readonly DuckPreset[] = [
  { id: 'light', name: 'Light (−6 dB)', depthDb: -6, attackSeconds: 0.3, releaseSeconds: 0.6, holdSeconds: 1 },
  { id: 'standard', name: 'Standard (−9 dB)', depthDb: -9, attackSeconds: 0.3, releaseSeconds: 0.6, holdSeconds: 1 },
  { id: 'strong', name: 'Strong (−12 dB)', depthDb: -12, attackSeconds: 0.25, releaseSeconds: 0.6, holdSeconds: 1 },
].map((preset) => duckPresetSchema.parse(preset));

export function findBuiltinPreset(id: string): DuckPreset | undefined {
  return BUILTIN_DUCK_PRESETS.find((preset) => preset.id === id);
}
