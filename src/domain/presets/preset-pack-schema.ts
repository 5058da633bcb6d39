import { z } from 'zod';
import { LOCKABLE_DUCK_CONTROLS } from '../ducking/duck-controls';
import { DEPTH_RANGE_ORDER_ISSUE, depthRangeIsOrdered, duckPresetShape } from '../ducking/duck-preset';

export const CURRENT_PRESET_PACK_VERSION = 2;

/**
 * A preset as it travels in a pack: a ducking preset plus `locked`, which agencies set to pin a
 * house setting — a locked preset cannot be edited, and a user preset with the same id does not
 * replace it (see mergePresetLayers).
 */
const packPresetSchema = z
  .strictObject({
    ...duckPresetShape,
    /** @default false */
    locked: z.boolean().default(false),
    /**
     * Duck tab controls the editor cannot change when starting from this preset, e.g. `["depthDb"]`
     * pins Reduce by at the house depth. Packs without it lock no control.
     * @default undefined (none)
     */
    lockedFields: z.array(z.enum(LOCKABLE_DUCK_CONTROLS)).optional(),
  })
  .refine(depthRangeIsOrdered, DEPTH_RANGE_ORDER_ISSUE);

export type PackPreset = z.output<typeof packPresetSchema>;

const usd = z.number().positive().max(100_000);

/**
 * What an agency pins for everyone who installs its pack, besides presets. Optional, version 2
 * compatible: a pack without a policy changes nothing but presets.
 */
const packPolicySchema = z.strictObject({
  /** Spending caps; the stricter of the pack's and the editor's own applies. */
  budget: z.strictObject({ dailyUsd: usd.optional(), perProjectUsd: usd.optional() }).optional(),
  /** House file-naming template, e.g. "{project}_{provider}_{date}_{slug}". */
  fileNameTemplate: z.string().min(1).optional(),
  /** House bin template, e.g. "AI/{provider}". */
  binTemplate: z.string().min(1).optional(),
  /** Provider ids editors may use; others are hidden. */
  allowedProviders: z.array(z.string().min(1)).min(1).optional(),
});

/**
 * A preset pack, schema version 2: what agencies and post teams share as a `.json` file.
 *
 * ```json
 * { "schemaVersion": 2, "name": "Acme house mix", "author": "J. Doe", "organisation": "Acme",
 *   "description": "Broadcast promos", "presets": [{ "id": "promo", "name": "Promo", "depthDb": -10,
 *   "attackSeconds": 0.3, "releaseSeconds": 0.6, "holdSeconds": 1, "locked": true }] }
 * ```
 */
export const presetPackSchema = z
  .strictObject({
    schemaVersion: z.literal(CURRENT_PRESET_PACK_VERSION),
    name: z.string().min(1, 'must not be empty'),
    /** @default undefined */
    author: z.string().optional(),
    /** @default undefined */
    organisation: z.string().optional(),
    /** @default undefined */
    description: z.string().optional(),
    /** @default undefined (no policy) */
    policy: packPolicySchema.optional(),
    presets: z.array(packPresetSchema),
  })
  .superRefine((pack, context) => {
    const firstIndexById = new Map<string, number>();
    pack.presets.forEach((preset, index) => {
      const first = firstIndexById.get(preset.id);
      if (first == null) {
        firstIndexById.set(preset.id, index);
        return;
      }
      context.addIssue({ code: 'custom', path: ['presets', index, 'id'], message: `"${preset.id}" is already used by presets[${first}]` });
    });
  });

export type PresetPack = z.output<typeof presetPackSchema>;
export type PresetPackInput = z.input<typeof presetPackSchema>;
