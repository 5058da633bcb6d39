import { z } from 'zod';
import { speechDetectionSchema } from './speech-detection-settings';

const DEPTH_RANGE = 'must be between −24 and −1 dB';
const RAMP_RANGE = 'must be between 0.02 and 5 s';

/**
 * The fields of a ducking preset. Exported as a shape so preset packs can add their own fields
 * (`locked`) and re-apply the same checks.
 */
export const duckPresetShape = {
  id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'),
  name: z.string().min(1, 'must not be empty'),
  /** Gain under speech, relative to the clip's level. Between −24 and −1 dB. */
  depthDb: z.number().min(-24, DEPTH_RANGE).max(-1, DEPTH_RANGE),
  /**
   * Fade-down length, ending where speech starts (offline analysis lets us look ahead).
   * At least 20 ms: an instant gain step clicks.
   */
  attackSeconds: z.number().min(0.02, RAMP_RANGE).max(5, RAMP_RANGE),
  /** Fade-up length, starting where speech ends. At least 20 ms, as above. */
  releaseSeconds: z.number().min(0.02, RAMP_RANGE).max(5, RAMP_RANGE),
  /** Pauses shorter than attack + release + hold stay ducked instead of pumping up and down. */
  holdSeconds: z.number().min(0, 'must be between 0 and 10 s').max(10, 'must be between 0 and 10 s'),
  /**
   * How the fades move: `linear` in dB (two keyframes per fade, as before), or `smooth`, an S-curve
   * that eases out of and into the ducked level (three more keyframes per fade; see fade-shape.ts).
   * @default 'linear'
   */
  fadeShape: z.enum(['linear', 'smooth'], { error: 'must be "linear" or "smooth"' }).default('linear'),
  /**
   * How speech is found when ducking under detected speech rather than under whole voice clips.
   * @default DEFAULT_SPEECH_DETECTION (every field at its documented default)
   */
  detection: speechDetectionSchema.prefault({}),
  /**
   * Target-gap mode: when set, the depth is chosen per clip so the bed sits this many dB (LU)
   * under the voice, both measured (BS.1770) over the speech regions; `depthDb` remains the
   * fallback when a loudness cannot be measured. WCAG G56 asks for 20 dB.
   * @default undefined (fixed depth)
   */
  targetGapDb: z.number().min(0, 'must be between 0 and 40 dB').max(40, 'must be between 0 and 40 dB').optional(),
  /**
   * Target-gap mode: the shallowest duck allowed, e.g. −3 (the clip always dips at least 3 dB).
   * @default -1
   */
  minDepthDb: z.number().min(-24, DEPTH_RANGE).max(-1, DEPTH_RANGE).optional(),
  /**
   * Target-gap mode: the deepest duck allowed, e.g. −18 (never more than 18 dB down).
   * @default -24
   */
  maxDepthDb: z.number().min(-24, DEPTH_RANGE).max(-1, DEPTH_RANGE).optional(),
};

/** The cross-field check every preset schema applies: the deepest duck is at least as deep as the shallowest. */
export function depthRangeIsOrdered(preset: { minDepthDb?: number | undefined; maxDepthDb?: number | undefined }): boolean {
  return preset.minDepthDb == null || preset.maxDepthDb == null || preset.maxDepthDb <= preset.minDepthDb;
}

export const DEPTH_RANGE_ORDER_ISSUE = {
  path: ['maxDepthDb'],
  message: 'must be at least as deep as minDepthDb (e.g. minDepthDb −3, maxDepthDb −18)',
};

/**
 * How deep and how smoothly a clip's audio is lowered under speech. Strict: presets travel in
 * agency packs, so an unknown or out-of-range field is refused rather than guessed.
 */
export const duckPresetSchema = z.strictObject(duckPresetShape).refine(depthRangeIsOrdered, DEPTH_RANGE_ORDER_ISSUE);

export type DuckPreset = z.output<typeof duckPresetSchema>;

/**
 * Built-in presets. Ramps follow observed broadcast/editing practice (fade down ≈0.3 s before the
 * voice, up ≈0.6 s after it; research/peers-ducking.md §2.9), depths span the −6…−12 dB brief.
 */
export const BUILTIN_DUCK_PRESETS: readonly DuckPreset[] = [
  { id: 'light', name: 'Light (−6 dB)', depthDb: -6, attackSeconds: 0.3, releaseSeconds: 0.6, holdSeconds: 1 },
  { id: 'standard', name: 'Standard (−9 dB)', depthDb: -9, attackSeconds: 0.3, releaseSeconds: 0.6, holdSeconds: 1 },
  { id: 'strong', name: 'Strong (−12 dB)', depthDb: -12, attackSeconds: 0.25, releaseSeconds: 0.6, holdSeconds: 1 },
].map((preset) => duckPresetSchema.parse(preset));
