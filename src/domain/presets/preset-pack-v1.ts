import { z } from 'zod';
import type { PresetPackInput } from './preset-pack-schema';

const DEPTH_RANGE = 'must be between −24 and −1 dB';
const RAMP_RANGE_MS = 'must be between 20 and 5000 ms';

/**
 * Schema version 1, the format the panel prototype wrote: millisecond ramps, `duckDb` for the
 * depth and one `locked` flag for the whole pack. Kept only to read old packs; never written.
 */
export const presetPackV1Schema = z.strictObject({
  schemaVersion: z.literal(1),
  name: z.string().min(1, 'must not be empty'),
  author: z.string().optional(),
  locked: z.boolean().optional(),
  presets: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and dashes'),
      name: z.string().min(1, 'must not be empty'),
      duckDb: z.number().min(-24, DEPTH_RANGE).max(-1, DEPTH_RANGE),
      fadeDownMs: z.number().min(20, RAMP_RANGE_MS).max(5000, RAMP_RANGE_MS),
      fadeUpMs: z.number().min(20, RAMP_RANGE_MS).max(5000, RAMP_RANGE_MS),
      holdMs: z.number().min(0, 'must be between 0 and 10000 ms').max(10000, 'must be between 0 and 10000 ms'),
    }),
  ),
});

type PresetPackV1 = z.output<typeof presetPackV1Schema>;

/**
 * v1 → the current version (through v2, which v3 only extends): milliseconds become seconds, `duckDb`
 * becomes `depthDb`, the pack-wide lock moves onto every preset.
 */
export function migratePresetPackV1(pack: PresetPackV1): PresetPackInput {
  return {
    schemaVersion: 3,
    name: pack.name,
    ...(pack.author == null ? {} : { author: pack.author }),
    presets: pack.presets.map((preset) => ({
      id: preset.id,
      name: preset.name,
      depthDb: preset.duckDb,
      attackSeconds: preset.fadeDownMs / 1000,
      releaseSeconds: preset.fadeUpMs / 1000,
      holdSeconds: preset.holdMs / 1000,
      locked: pack.locked ?? false,
    })),
  };
}
